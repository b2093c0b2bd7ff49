import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchSteady, setPrefs, wordList, type Steady } from './harness';
import { PauseDialog, visit as openPage } from './pause-dialog';
import { page as html, startServer, type TestServer } from './server';

const post = (i: number, text: string) => `<article id="post${i}"><h2>Post ${i}</h2><p>${text}</p></article>`;
const FEED = html(
  'Feed',
  `<main id="feed">${post(1, 'A walk in the park with the dog.')}${post(2, 'Visiting Grandma at the Hospital today.')}${post(3, 'Baking bread.')}</main>
   <script>
     window.addMore = (text) => {
       const item = document.createElement('article');
       item.className = 'late';
       item.innerHTML = '<p>' + text + '</p>';
       document.getElementById('feed').append(item);
       return drawnFirst([item]).then(([style]) => style);
     };
     // The items' styles as the first frame after they arrived is painted: read in a ResizeObserver
     // made now (after Steady's), whose first callback runs after that frame's layout and before its paint.
     const drawnFirst = (items) => new Promise((resolve) => {
       const observer = new ResizeObserver(() => {
         observer.disconnect();
         resolve(items.map((item) => item.getAttribute('style') || ''));
       });
       for (const item of items) observer.observe(item);
     });
     // A batch of posts added at once to a wrapper already in the page (many roots in one mutation
     // batch); texts[i] goes in post i, in an open shadow root when it starts with "shadow:".
     // Resolves with the posts veiled in the first frame drawn (every look isolates the block it covers).
     window.addBatch = async (n, texts) => {
       const wrapper = document.createElement('div');
       document.getElementById('feed').append(wrapper);
       await new Promise((resolve) => setTimeout(resolve));
       const items = [];
       for (let i = 0; i < n; i++) {
         const item = document.createElement('article');
         const text = texts[i] || 'Post ' + i + ' about the weather.';
         if (text.startsWith('shadow:')) {
           const card = document.createElement('x-card');
           card.attachShadow({ mode: 'open' }).innerHTML = '<p>' + text.slice(7) + '</p>';
           item.append(card);
         } else item.innerHTML = '<p>' + text + '</p>';
         items.push(item);
       }
       wrapper.append(...items);
       const styles = await drawnFirst(items);
       return styles.flatMap((style, i) => (style.includes('isolation: isolate') ? [i] : []));
     };
   </script>`,
);
const BIG = html('Big', `<main>${Array.from({ length: 4000 }, (_, i) => `<div class="row"><span>Row ${i}</span> <em>${i === 3210 ? 'an ambulance went by' : 'quiet street'}</em></div>`).join('')}</main>`);

const PAGES: Record<string, string> = {
  '/feed': FEED,
  '/calm': html('Calm', '<p>Nothing much here.</p>'),
  '/titled': html('Hospital visiting hours', '<p>Plain text.</p>'),
  '/framed': html('Framed', '<p>Outer page.</p><iframe src="/feed" style="width:600px;height:400px"></iframe>'),
  '/spa': html('SPA', `<main id="app"><p>Home</p></main><button id="go" onclick="history.pushState({}, '', '/spa/ward'); document.getElementById('app').innerHTML = '<article><p>The hospital ward</p></article>'">Go</button>`),
  // The same, still loading when Steady's preferences arrive (a slow script holds the parser).
  '/spa-slow': html('SPA', `<main id="app"><p>Home</p></main><button id="go" onclick="history.pushState({}, '', '/spa/ward'); document.getElementById('app').innerHTML = '<article><p>The hospital ward</p></article>'">Go</button><script src="/slow.js"></script>`),
  '/big': BIG,
};

let server: TestServer;
let steady: Steady;
beforeAll(async () => {
  server = await startServer((url) => {
    if (url.pathname === '/slow.js') return { body: 'window.slowScriptRan = true;', headers: { 'content-type': 'text/javascript' }, delayMs: 400 };
    return PAGES[url.pathname] ? { body: PAGES[url.pathname]! } : undefined;
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  steady = await launchSteady({ serverPort: server.port });
});
afterEach(() => steady.close());

const visit = (url: string) => openPage(steady.context, url);

const styleOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.getAttribute('style') ?? '');

describe('word lists', () => {
  it('are set up on the options page, with starter lists shown by name until asked', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('textbox', { name: /^Your own name for this list/ }).fill('Visits');
    await options.getByRole('button', { name: 'Start from a ready-made list (optional)' }).click();
    const starters = options.getByRole('list', { name: 'Starter lists' });
    await starters.getByText('Hospitals and medical care').waitFor();
    expect(await options.locator('body').innerText()).not.toContain('ventilator');
    const medical = starters.getByRole('listitem').filter({ hasText: 'Hospitals and medical care' });
    await medical.getByRole('button', { name: 'Show words' }).click();
    expect(await options.locator('body').innerText()).toContain('ventilator');
    await medical.getByRole('button', { name: 'Use this list' }).click();
    await options.getByRole('radio', { name: /^Veil the part/ }).check();
    await options.getByRole('button', { name: 'Add word list' }).click();
    await options.getByRole('alert').getByText('Please name at least one site').waitFor();
    await options.getByRole('textbox', { name: /^Sites/ }).fill('feed.test, not a site');
    await options.getByRole('button', { name: 'Add word list' }).click();
    await options.getByRole('alert').getByText('no spaces').waitFor();
    await options.getByRole('textbox', { name: /^Sites/ }).fill('feed.test');
    await options.getByRole('button', { name: 'Add word list' }).click();
    const lists = options.getByRole('list', { name: 'Your word lists' });
    await lists.getByText('Visits').waitFor();
    expect(await lists.innerText()).toContain('Veils on feed.test');
    expect(await lists.innerText()).not.toContain('ventilator');

    const { page } = await visit('http://feed.test/feed');
    await expect.poll(() => styleOf(page, '#post2')).toContain('visibility: hidden');
  });

  it('pauses a page that holds the words, naming only the person’s label, and leaves other pages alone', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['hospital*', 'zyxquux'], 'pause', ['feed.test', 'titles.test'], { label: 'Hospital stuff' })] });
    const { page, pause } = await visit('http://feed.test/feed');
    await pause.waitOpen();
    expect(await pause.heading()).toBe('Pause for: Hospital stuff');
    expect(await pause.texts()).not.toMatch(/hospital(?! stuff)/i);
    expect(await page.evaluate(() => (window as any).__probe.coverAtFirstScript)).toBe(true);
    await pause.click('Continue');
    await pause.waitClosed();
    const html = await page.content();
    expect(html).not.toContain('zyxquux');
    expect(html).not.toContain('Hospital stuff');

    const calm = await visit('http://feed.test/calm');
    expect(await calm.pause.staysClosed()).toBe(true);
    expect(await calm.page.evaluate(() => [...document.documentElement.children].map((c) => c.localName))).toEqual(['head', 'body']);
    // The page title counts too (on another site: this list pauses once per site per session).
    const titled = await visit('http://titles.test/titled');
    await titled.pause.waitOpen();
  });

  it('blurs only the post that holds a word, hidden from screen readers, until the person shows it', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['hospital'], 'blur', ['feed.test'], { label: 'Visits' })] });
    const { page, pause } = await visit('http://feed.test/feed');
    await expect.poll(() => styleOf(page, '#post2')).toContain('isolation: isolate');
    expect(await styleOf(page, '#post1')).toBe('');
    // Drawn blurred under the veil's layer; all of it but the line is out of reach of keys and screen readers.
    expect(await page.$$eval('#post2 > h2, #post2 > p', (els) => els.map((el) => [el.getAttribute('aria-hidden'), el.hasAttribute('inert')]))).toEqual([
      ['true', true],
      ['true', true],
    ]);
    expect(await pause.texts()).toContain('Blurred by Steady for: Visits');
    expect(await pause.isOpen()).toBe(false);
    await pause.click('Show');
    await expect.poll(() => styleOf(page, '#post2')).toBe('');
    // The person goes on from the post they revealed; it is focusable only for that moment.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('post2');
    await page.keyboard.press('Tab');
    expect(await page.$eval('#post2', (el) => el.getAttributeNames())).toEqual(['id']);
    expect(await page.$$eval('#post2 *', (els) => els.flatMap((el) => el.getAttributeNames()))).toEqual([]);
    expect(await page.evaluate(() => [...document.querySelectorAll('main div')].length)).toBe(0);
  });

  it('hides a post behind a small line, and shows it again', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['Hospital'], 'hide', ['feed.test'])] });
    const { page, pause } = await visit('http://feed.test/feed');
    await expect.poll(() => styleOf(page, '#post2')).toContain('max-height: 2.25em');
    expect(await pause.texts()).toContain('Hidden by Steady');
    await pause.click('Show');
    await expect.poll(() => styleOf(page, '#post2')).toBe('');
  });

  it('veils words that arrive later in an infinite feed before they are drawn', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['ambulance'], 'veil', ['feed.test'])] });
    const { page } = await visit('http://feed.test/feed');
    await page.waitForLoadState('load');
    const firstFrame = await page.evaluate(() => (window as any).addMore('An AMBULANCE outside'));
    expect(firstFrame).toContain('visibility: hidden');
    expect(await page.evaluate(() => (window as any).addMore('Sunny afternoon'))).toBe('');
    // A big batch (prepared as one: one text pass, one custom-element query), with the word in a
    // post's open shadow root and in plain text.
    const blurred = await page.evaluate(() =>
      (window as any).addBatch(40, { 7: 'shadow:An ambulance came', 25: 'Another AMBULANCE', 31: 'shadow:Rain again' }),
    );
    expect(blurred).toEqual([7, 25]);
  });

  it('follows a single-page app that swaps its content', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['hospital'], 'hide', ['feed.test'])] });
    const { page } = await visit('http://feed.test/spa');
    await page.click('#go');
    await expect.poll(() => styleOf(page, '#app p')).toContain('max-height: 2.25em');
    // A list that only pauses reads the page once when it has loaded, then follows changes.
    await setPrefs(steady, { triggers: [wordList('p', ['ward'], 'pause', ['spa.test'], { label: 'Wards' })] });
    const spa = await visit('http://spa.test/spa-slow');
    expect(await spa.page.evaluate(() => (window as any).slowScriptRan)).toBe(true);
    expect(await spa.pause.staysClosed()).toBe(true);
    await spa.page.click('#go');
    await spa.pause.waitOpen();
    expect(await spa.pause.heading()).toBe('Pause for: Wards');
  });

  it('veils words inside a same-origin frame', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['hospital'], 'veil', ['feed.test'])] });
    const { page } = await visit('http://feed.test/framed');
    const frame = page.frames().find((f) => f.url().endsWith('/feed'))!;
    await frame.waitForLoadState();
    await expect.poll(() => frame.$eval('#post2', (el) => el.getAttribute('style') ?? '')).toContain('visibility: hidden');
  });

  it('copes with a very large page', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['ambulance', ...Array.from({ length: 999 }, (_, i) => `word${i}`)], 'veil', ['feed.test'])] });
    const { page } = await visit('http://feed.test/big');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[style*="visibility: hidden"]').length)).toBe(1);
    expect(await page.evaluate(() => (document.querySelector('[style*="visibility: hidden"]') as HTMLElement).textContent)).toContain('ambulance');
  });
});
