import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page as html, startServer, type TestServer } from '../e2e/server';
import { byRole, cardFrame, clickInCard, launchFirefox, setPrefs, site, topLevel, visit, waitFor, waitForCard, waitForNoCard, waitForText, type Firefox } from './harness';
import { SWALLOW_PAGE } from '../e2e/hostile-pages';

/**
 * Pages that get in the way of the pause, in Firefox: the card is an extension page in its own
 * frame, so keys pressed there never reach the page, and its text is not in the page's document.
 * One browser for the file; news.test, labelled "Hard news", pauses on every visit.
 */

const LABEL = 'Hard news';

/** Records every key event that reaches the page, on window and document, capturing and bubbling. */
const KEYS_PAGE = html(
  'Keys',
  `<p>Listening.</p>
   <script>
     window.__keys = [];
     for (const target of [window, document]) for (const type of ['keydown', 'keyup', 'keypress']) for (const capture of [true, false])
       target.addEventListener(type, (e) => __keys.push((target === window ? 'window' : 'document') + ' ' + type + ' ' + e.key + (capture ? ' capture' : ' bubble')), capture);
   </script>`,
);

const FIND_PAGE = html('Find', '<p>Ordinary words of an ordinary page.</p>');

let server: TestServer;
let firefox: Firefox;
let page: Page | undefined;
beforeAll(async () => {
  const routes: Record<string, string> = { '/swallow': SWALLOW_PAGE, '/keys': KEYS_PAGE, '/find': FIND_PAGE };
  server = await startServer((url) => (routes[url.pathname] ? { body: routes[url.pathname]! } : undefined));
  firefox = await launchFirefox();
  await setPrefs(firefox, { sites: [site('news.test', { label: LABEL })], pause: { frequency: 'every-visit', gentleDelaySeconds: 0 } });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const at = (path: string) => `http://news.test:${server.port}${path}`;
const read = <T>(p: Page, expression: string): Promise<T> => p.evaluate(expression) as Promise<T>;

/** Where keyboard focus is: in Steady's card (its frame), and on which element there. */
async function focusInCard(p: Page): Promise<string | null> {
  const frame = await cardFrame(p);
  if (!frame) return null;
  return frame.evaluate(() => (document.hasFocus() ? (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '' : null));
}

describe('pages that get in the way of the pause, in Firefox', () => {
  it('a window listener that swallows every key: Esc still continues', async () => {
    page = await visit(firefox, at('/swallow'));
    await waitForCard(page);
    expect(await focusInCard(page)).toBe(`Pause for: ${LABEL}`);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await topLevel(page)).toEqual(['head', 'body']);
    // The page never had the Esc; it does swallow the keys pressed in it.
    expect(await read<string[]>(page, '__swallowed')).toEqual([]);
    await page.keyboard.press('k');
    await waitFor(async () => (await read<string[]>(page!, '__swallowed')).includes('k'), 'the page to swallow its own key');
  });

  it('a page that records every key event hears none of the keys pressed in the card', async () => {
    // A gentle wait keeps the card up through Esc, so every key, down and up, is pressed inside it.
    await setPrefs(firefox, { pause: { gentleDelaySeconds: 4 } });
    try {
      page = await visit(firefox, at('/keys'));
      await waitForCard(page);
      expect(await focusInCard(page)).toBe(`Pause for: ${LABEL}`);
      await page.keyboard.press('Tab');
      expect(await focusInCard(page)).toBe('Look around you');
      for (const key of ['a', 'q', 'Escape', 'Enter'] as const) await page.keyboard.press(key);
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      expect(await read<string[]>(page, '__keys')).toEqual([]);
      // The keys did reach the card: Enter started the breathing practice, Esc waited with it.
      const card = await waitForCard(page);
      await byRole(card, 'button', 'Stop');
      await waitForText(card, 'Continue will be ready in a moment. There is no rush.');
      // Once the wait is over, Esc continues; afterwards the page hears its own keys as usual.
      await waitForText(card, 'Continue is ready whenever you are.', 8_000);
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
      await read(page, '__keys.length = 0');
      await page.keyboard.press('k');
      await waitFor(async () => (await read<string[]>(page!, '__keys')).includes('window keyup k bubble'), 'the page to hear its own key');
      expect(await read<string[]>(page, '__keys')).toEqual(
        expect.arrayContaining(['window keydown k capture', 'document keydown k capture', 'document keydown k bubble', 'window keydown k bubble']),
      );
    } finally {
      await setPrefs(firefox, { pause: { gentleDelaySeconds: 0 } });
    }
  });

  it('window.find from the page does not find the card’s words while it shows', async () => {
    page = await visit(firefox, at('/find'));
    const card = await waitForCard(page);
    const find = (text: string) => (window as any).find(text, false, false, true);
    // The card's own document holds the words (so a search there finds them)…
    expect(await card.evaluate(find, 'Pause for')).toBe(true);
    // …the page's does not.
    for (const text of ['Pause for', LABEL, 'Continue']) expect(await page.evaluate(find, text), text).toBe(false);
    expect(await page.content()).not.toContain(LABEL);
    await clickInCard(page, 'Continue');
    await waitForNoCard(page);
    // The page's own search works (it finds the page's text), and still not Steady's.
    expect(await page.evaluate(find, 'Ordinary words')).toBe(true);
    expect(await page.evaluate(find, 'Pause for')).toBe(false);
  });
});
