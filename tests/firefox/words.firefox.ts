import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page as html, startServer, type TestServer } from '../e2e/server';
import { launchFirefox, setPrefs, visit, waitFor, wordList, type Firefox } from './harness';

const FEED = html(
  'Feed',
  `<main id="feed">
     <p><a id="before" href="#top">Top of the feed</a></p>
     <article id="post1"><h2>Post 1</h2><p>A walk in the park with the dog.</p></article>
     <article id="post2"><h2>Post 2</h2><p>Visiting Grandma at the Hospital today.</p></article>
     <article id="post3"><h2>Post 3</h2><p>Baking bread.</p></article>
   </main>`,
);

let server: TestServer;
let firefox: Firefox | undefined;
beforeAll(async () => {
  server = await startServer((url) => (url.pathname === '/feed' ? { body: FEED } : undefined));
});
afterAll(() => server.close());
afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

/** What Steady did to a block of the page: the page's own element, which a test may inspect. */
const veilOf = (page: import('puppeteer-core').Page, id: string) =>
  page.$eval(`#${id}`, (el) => {
    const style = (el as HTMLElement).style;
    const first = el.firstElementChild;
    return {
      veiled: style.getPropertyValue('isolation') === 'isolate',
      drawn: style.getPropertyValue('visibility') !== 'hidden',
      // Blur: everything but the line is inert and hidden from screen readers.
      inert: [...el.children].filter((c) => c.hasAttribute('inert') && c.getAttribute('aria-hidden') === 'true').length,
      // Steady's line goes inside the block, first, in a closed shadow root.
      line: first?.localName === 'div' && !first.id && first.shadowRoot === null && !first.hasAttribute('inert'),
    };
  });
const UNTOUCHED = { veiled: false, drawn: true, inert: 0, line: false };

describe('word lists in Firefox', () => {
  it('blur the block that holds a word, with a Show control that reveals it and keeps the person’s place', async () => {
    firefox = await launchFirefox();
    await setPrefs(firefox, { triggers: [wordList('w', ['hospital*'], 'blur', ['feed.test'], { label: 'Visits' })] });
    const page = await visit(firefox, `http://feed.test:${server.port}/feed`);
    await waitFor(async () => (await veilOf(page, 'post2')).veiled, 'the matching post to be blurred');
    expect(await veilOf(page, 'post2')).toEqual({ veiled: true, drawn: true, inert: 2, line: true });
    for (const other of ['post1', 'post3']) expect(await veilOf(page, other)).toEqual(UNTOUCHED);
    // The label and the words never enter the page's DOM or its text.
    expect(await page.content()).not.toContain('Visits');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Visits');

    // The Show control sits in a closed shadow root, out of reach of page scripts and of
    // WebDriver's locators: reach it as a keyboard user does, with Tab from the link before it.
    await page.focus('#before');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { isSteadysLine: active.parentElement?.id === 'post2' && active.shadowRoot === null, tag: active.localName };
    });
    expect(focus).toEqual({ isSteadysLine: true, tag: 'div' });
    await page.keyboard.press('Enter');
    await waitFor(async () => !(await veilOf(page, 'post2')).veiled, 'the post to be revealed');
    expect(await veilOf(page, 'post2')).toEqual(UNTOUCHED);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('post2');
  });

  it('veil with a calm solid tile by default: nothing of the block is drawn', async () => {
    firefox = await launchFirefox();
    await setPrefs(firefox, { triggers: [wordList('w', ['hospital*'], 'veil', ['feed.test'])] });
    const page = await visit(firefox, `http://feed.test:${server.port}/feed`);
    await waitFor(async () => (await veilOf(page, 'post2')).veiled, 'the matching post to be veiled');
    expect(await veilOf(page, 'post2')).toEqual({ veiled: true, drawn: false, inert: 0, line: true });
    // The page's layout is kept: the veiled post has the size it had.
    const heights = await page.$$eval('article', (els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    expect(heights[1]).toBe(heights[0]);
  });
});
