// The store screenshots (and the README's), in English, Spanish and German, light and dark:
// the popup, a running exercise, the pause card and the options page. Run: npm run screenshots
// (writes docs/screenshots/<lang>-<view>-<scheme>.png). Selectors here do not depend on the language.
import { mkdirSync } from 'node:fs';
import { launchSteady, setPrefs, site } from '../tests/e2e/harness';
import { PauseDialog } from '../tests/e2e/pause-dialog';
import { startServer } from '../tests/e2e/server';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const LABELS = { en: 'Hard news', es: 'Noticias duras', de: 'Schwere Nachrichten' } as const;

const server = await startServer(() => undefined);
const steady = await launchSteady({ serverPort: server.port });
for (const lang of ['en', 'es', 'de'] as const) {
  await setPrefs(steady, {
    sites: [site('news.test', { label: LABELS[lang] })],
    pause: { frequency: 'every-visit' },
    people: [{ id: 'sam', name: 'Sam', link: 'sms:+441234567890' }],
    exercises: { favourites: ['longer-out-breath'] },
    helplineCountry: lang === 'en' ? 'GB' : lang === 'es' ? 'ES' : 'DE',
    appearance: { language: lang },
  });
  for (const scheme of ['light', 'dark'] as const) {
    const name = (view: string) => `${out}/${lang}-${view}-${scheme}.png`;
    const popup = await steady.open('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.waitForFunction((l) => document.documentElement.lang === l, lang);
    await popup.locator('[data-key="moment"]').waitFor();
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: name('popup') });
    // "I need a moment" starts the favourite; two steps on, the breathing guide is under way.
    await popup.locator('[data-key="moment"]').click();
    const guide = popup.locator('.pl-orb, .pl-still').first();
    for (let i = 0; i < 3 && !(await guide.isVisible()); i++) await popup.locator('.pl-controls button').nth(1).click();
    await guide.waitFor();
    await popup.waitForTimeout(1500);
    await popup.screenshot({ path: name('exercise') });
    await popup.close();

    const options = await steady.open('options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.locator('#sites-heading').waitFor();
    await options.waitForTimeout(300);
    await options.screenshot({ path: name('options') });
    await options.close();

    const tab = await steady.context.newPage();
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.setViewportSize({ width: 1280, height: 800 });
    const pause = await PauseDialog.attach(tab);
    await tab.goto('http://news.test/');
    await pause.waitCard(10_000);
    await tab.waitForTimeout(600);
    await tab.screenshot({ path: name('pause') });
    await pause.detach();
    await tab.close();
  }
}
await steady.close();
await server.close();
console.log(`store screenshots in ${out}`);
