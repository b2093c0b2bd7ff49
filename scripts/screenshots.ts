// Screenshots of Steady's pages and the pause in headless Chromium, to look at before calling UI
// work done. Run: npm run screenshots (writes tests/e2e/.screens/*.png)
import { mkdirSync } from 'node:fs';
import { launchSteady, setPrefs, site, wordList } from '../tests/e2e/harness';
import { PauseDialog } from '../tests/e2e/pause-dialog';
import { page as html, startServer } from '../tests/e2e/server';

const scheme = (process.argv[2] ?? 'light') as 'light' | 'dark';
const out = 'tests/e2e/.screens';
mkdirSync(out, { recursive: true });
// A feed where one post holds a word from a word list, for the veil and its line.
const FEED = html(
  'Feed',
  `<main style="max-width:40rem;margin:2rem auto;font:16px/1.5 system-ui,sans-serif">
     <h1>Neighbourhood news</h1>
     <article><h2>Market day</h2><p>The Saturday market is back with fresh bread and flowers.</p></article>
     <article><h2>Late night</h2><p>An ambulance came down our street last night, sirens and all.</p></article>
     <article><h2>Library hours</h2><p>The library opens an hour earlier from Monday.</p></article>
   </main>`,
);
const server = await startServer((url) => (url.pathname === '/feed' ? { body: FEED } : undefined));
const steady = await launchSteady({ serverPort: server.port });
await setPrefs(steady, {
  sites: [site('news.test', { label: 'Hospital stuff' })],
  triggers: [wordList('visits', ['ambulance'], 'veil', ['feed.test'], { label: 'Hospital stuff' })],
  pause: { frequency: 'every-visit' },
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
// "That one didn't help": the gentle way on after an exercise.
{
  const popup = await steady.open('popup.html');
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.getByRole('button', { name: /^Butterfly hug/ }).click();
  await popup.getByRole('button', { name: 'No thanks' }).count();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Stop' }).click();
  await popup.getByRole('button', { name: 'That one didn’t help' }).click();
  await popup.getByRole('heading', { name: /That one didn’t help right now/ }).waitFor();
  await popup.getByRole('heading', { name: /That one didn’t help right now/ }).scrollIntoViewIfNeeded();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: `${out}/popup-not-helping-${scheme}.png` });
  await popup.screenshot({ path: `${out}/popup-not-helping-full-${scheme}.png`, fullPage: true });
  await popup.close();
}
// A step at 200% zoom (a 600 px popup is 300 CSS pixels tall): Pause, Next and Stop stay in view.
{
  const popup = await steady.open('popup.html');
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 400, height: 300 });
  await popup.getByRole('button', { name: /^A comforting hand/ }).click();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Next', exact: true }).click();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: `${out}/popup-zoom-${scheme}.png` });
  await popup.close();
}
// The pause: the card is an extension page in a frame inside the cover; wait until it has drawn.
const tab = await steady.context.newPage();
await tab.emulateMedia({ colorScheme: scheme });
await tab.setViewportSize({ width: 1000, height: 760 });
const pause = await PauseDialog.attach(tab);
await tab.goto('http://news.test/');
await pause.waitOpen(10_000);
await tab.waitForTimeout(400);
await tab.screenshot({ path: `${out}/pause-${scheme}.png` });
await tab.setViewportSize({ width: 500, height: 760 });
await tab.waitForTimeout(300);
await tab.screenshot({ path: `${out}/pause-narrow-${scheme}.png` });
await tab.setViewportSize({ width: 1000, height: 760 });
await pause.click('Look around you');
await tab.waitForTimeout(400);
await tab.screenshot({ path: `${out}/pause-practice-${scheme}.png` });
await pause.click('Stop');
await tab.waitForTimeout(300);
await pause.click('Not now on this site');
await tab.waitForTimeout(300);
await tab.screenshot({ path: `${out}/pause-snooze-${scheme}.png` });
await pause.detach();
await tab.close();
// A veiled post: the calm solid veil (the default), then the same list set to blur.
for (const look of ['veil', 'blur'] as const) {
  await setPrefs(steady, { triggers: [wordList('visits', ['ambulance'], look, ['feed.test'], { label: 'Hospital stuff' })] });
  const feed = await steady.context.newPage();
  await feed.emulateMedia({ colorScheme: scheme });
  await feed.setViewportSize({ width: 900, height: 600 });
  await feed.goto('http://feed.test/feed');
  await feed.waitForFunction(() => [...document.querySelectorAll('article')].some((a) => (a.getAttribute('style') ?? '').includes('isolation')));
  await feed.waitForTimeout(300);
  await feed.screenshot({ path: `${out}/${look === 'veil' ? 'veil' : 'veil-blur'}-${scheme}.png` });
  await feed.close();
}
// The options page with a list's settings open and the monthly review line; the review in the popup.
{
  const day = 86_400_000;
  await setPrefs(steady, {
    triggers: [
      wordList('a', ['ambulance'], 'veil', ['feed.test'], { label: 'Hospital stuff', endsAt: Date.now() + 6 * day, lastsDays: 7 }),
      wordList('b', ['other'], 'hide', ['news.test'], { label: 'Old news', endsAt: Date.now() - 3 * day, lastsDays: 30 }),
    ],
    listReview: { enabled: true, lastAt: Date.now() - 31 * day },
  });
  const options = await steady.open('options.html');
  await options.emulateMedia({ colorScheme: scheme });
  await options.setViewportSize({ width: 900, height: 1600 });
  await options.getByRole('listitem').filter({ hasText: 'Hospital stuff' }).getByRole('button', { name: 'Settings' }).click();
  await options.getByTestId('list-review').waitFor();
  await options.waitForTimeout(300);
  await options.locator('#words').screenshot({ path: `${out}/options-word-lists-${scheme}.png` });
  const popup = await steady.open('popup.html');
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 360, height: 900 });
  await popup.getByTestId('list-review').waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: `${out}/popup-review-${scheme}.png`, fullPage: true });
}
await steady.close();
await server.close();
console.log(`screenshots in ${out}`);
