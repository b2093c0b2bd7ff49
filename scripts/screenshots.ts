// Screenshots of Steady's pages and the pause in headless Chromium, to look at before calling UI
// work done. Run: npm run screenshots (writes tests/e2e/.screens/*.png)
import { mkdirSync } from 'node:fs';
import { launchSteady, setPrefs, site } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server';

const scheme = (process.argv[2] ?? 'light') as 'light' | 'dark';
const out = 'tests/e2e/.screens';
mkdirSync(out, { recursive: true });
const server = await startServer();
const steady = await launchSteady({ serverPort: server.port });
await setPrefs(steady, {
  sites: [site('news.test', { label: 'Hospital stuff' })],
  people: [{ id: 'sam', name: 'Sam', link: 'sms:+441234567890' }, { id: 'ana', name: 'Ana', link: 'tel:+15550100' }],
  helplineCountry: 'GB',
});
for (const [page, width, height] of [['popup.html', 360, 520], ['options.html', 900, 1400], ['welcome.html', 900, 900]] as const) {
  const tab = await steady.open(page);
  await tab.emulateMedia({ colorScheme: scheme });
  await tab.setViewportSize({ width, height });
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: `${out}/${page.replace('.html', '')}-${scheme}.png`, fullPage: true });
}
// The popup's other views: a breathing practice under way, the check-in after it, the history.
{
  await setPrefs(steady, { exercises: { checkIns: true, favourites: ['humming'] } });
  const popup = await steady.open('popup.html');
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.getByRole('button', { name: 'I need a moment' }).click();
  await popup.getByRole('button', { name: 'Next' }).click();
  await popup.getByRole('button', { name: 'Next' }).click();
  await popup.waitForTimeout(1500);
  await popup.screenshot({ path: `${out}/popup-exercise-${scheme}.png`, fullPage: true });
  await popup.getByRole('button', { name: 'Stop' }).click();
  await popup.getByRole('radio', { name: '6', exact: true }).check();
  await popup.screenshot({ path: `${out}/popup-checkin-${scheme}.png`, fullPage: true });
  await popup.getByRole('button', { name: 'Save check-in' }).click();
  await popup.getByRole('button', { name: 'See your check-ins' }).click();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: `${out}/popup-history-${scheme}.png`, fullPage: true });
  await popup.close();
}
const tab = await steady.context.newPage();
await tab.emulateMedia({ colorScheme: scheme });
await tab.setViewportSize({ width: 1000, height: 760 });
await tab.goto('http://news.test/');
await tab.waitForTimeout(600);
await tab.screenshot({ path: `${out}/pause-${scheme}.png` });
await tab.setViewportSize({ width: 500, height: 760 });
await tab.evaluate(() => (document.body.style.zoom = '1'));
await tab.screenshot({ path: `${out}/pause-narrow-${scheme}.png` });
await steady.close();
await server.close();
console.log(`screenshots in ${out}`);
