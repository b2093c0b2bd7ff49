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
  page.$eval(`#${id}`, (el) => ({
    filter: (el as HTMLElement).style.getPropertyValue('filter'),
    inert: el.hasAttribute('inert'),
    hidden: el.getAttribute('aria-hidden'),
    // Steady's line goes just before the block, in a closed shadow root.
    line: el.previousElementSibling?.localName === 'div' && !el.previousElementSibling.id,
  }));

describe('word lists in Firefox', () => {
  it('blur the block that holds a word, with a Show control that reveals it', async () => {
    firefox = await launchFirefox();
    await setPrefs(firefox, { triggers: [wordList('w', ['hospital*'], 'blur', ['feed.test'], { label: 'Visits' })] });
    const page = await visit(firefox, `http://feed.test:${server.port}/feed`);
    await waitFor(async () => (await veilOf(page, 'post2')).filter, 'the matching post to be blurred');
    expect(await veilOf(page, 'post2')).toEqual({ filter: 'blur(0.6em)', inert: true, hidden: 'true', line: true });
    for (const other of ['post1', 'post3']) expect(await veilOf(page, other)).toEqual({ filter: '', inert: false, hidden: null, line: false });
    // The label and the words never enter the page's DOM or its text.
    expect(await page.content()).not.toContain('Visits');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Visits');

    // The Show control sits in a closed shadow root, out of reach of page scripts and of
    // WebDriver's locators: reach it as a keyboard user does, with Tab from the link before it.
    await page.focus('#before');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { isSteadysLine: active.nextElementSibling?.id === 'post2' && active.shadowRoot === null, tag: active.localName };
    });
    expect(focus).toEqual({ isSteadysLine: true, tag: 'div' });
    await page.keyboard.press('Enter');
    await waitFor(async () => !(await veilOf(page, 'post2')).filter, 'the post to be revealed');
    expect(await veilOf(page, 'post2')).toEqual({ filter: '', inert: false, hidden: null, line: false });
  });
});
