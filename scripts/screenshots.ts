// Takes screenshots of Steady's pages in headless Chromium, to look at before calling UI work done.
// Run: npm run build && npx vite-node scripts/screenshots.ts [light|dark]
import { mkdirSync } from 'node:fs';
import { launchSteady } from '../tests/e2e/harness';

const scheme = (process.argv[2] ?? 'light') as 'light' | 'dark';
const out = 'tests/e2e/.screens';
mkdirSync(out, { recursive: true });
const steady = await launchSteady();
for (const [page, width, height] of [['popup.html', 360, 520], ['options.html', 900, 1400], ['welcome.html', 900, 900]] as const) {
  const tab = await steady.open(page);
  await tab.emulateMedia({ colorScheme: scheme });
  await tab.setViewportSize({ width, height });
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: `${out}/${page.replace('.html', '')}-${scheme}.png`, fullPage: true });
}
await steady.close();
console.log(`screenshots in ${out}`);
