import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getSnoozes, launchSteady, setPrefs, setSession, site, waitForRegistration, wordList, type Steady } from './harness';
import { COVER_NAME, PauseDialog, visit as openPage } from './pause-dialog';
import { PNG } from './png';
import { page as html, startServer, type TestServer } from './server';
import { SWALLOW_PAGE } from './hostile-pages';

/**
 * Hostile pages against Steady's page layer (the cover in the page, the card in its own
 * extension-origin frame, the veil lines). Every page is an ordinary served page with inline
 * scripts, doing what real pages do; none reaches into Steady's closed shadow roots. The chosen
 * site news.test is labelled "Hard news" and pauses on every visit; feed.test has a blur list.
 */

const LABEL = 'Hard news';
const LIST_LABEL = 'Hard words';
const LIST_WORDS = ['ambulance', 'hospital', 'surgery', 'clinic', 'stretcher', 'siren', 'ward', 'injury', 'wound', 'scalpel'];
const DECOYS = (
  'garden bread river violin pencil mountain coffee window bicycle lantern meadow teapot harbor cloud pillow orchard sparrow ' +
  'candle compass velvet marble saddle quilt ribbon biscuit falcon glacier hammock igloo jasmine kettle lagoon mango nutmeg ' +
  'oyster pebble quartz raisin tulip walnut'
).split(' ');
/** Every way a page hides bait from a person while keeping it in the DOM. */
const HIDDEN = [
  'display:none',
  'opacity:0',
  'visibility:hidden',
  'position:absolute;left:-9999px',
  'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap',
];

const RED_PAGE = '<style>html, body { margin: 0; height: 100%; background: #ff0000; }</style>';

/**
 * What the page tries in order to read the pause's text: find-in-page, selecting everything, line
 * by line, and a Range over the whole document. Runs every 150 ms; `control` is the page's own
 * text, which the same calls must find (so a silent failure of the calls cannot pass the test).
 */
const READER = (secrets: string[], control: string) => `<script>
  // The words to look for must not be in the page's own text: this script takes itself out.
  document.currentScript.remove();
  window.__leak = { runs: 0, leaks: [], control: { find: false, selection: false, lines: false, range: false } };
  const secrets = ${JSON.stringify(secrets)};
  const control = ${JSON.stringify(control)};
  const note = (how, text) => {
    for (const s of secrets) if (text.toLowerCase().includes(s.toLowerCase())) __leak.leaks.push(how + ': ' + s);
  };
  const read = () => {
    const sel = getSelection();
    for (const s of secrets) {
      sel.removeAllRanges();
      if (window.find(s, false, false, true, false, true, false)) __leak.leaks.push('find: ' + s);
    }
    sel.removeAllRanges();
    if (window.find(control, false, false, true, false, true, false)) __leak.control.find = true;
    sel.selectAllChildren(document.documentElement);
    const all = sel.toString();
    note('selectAllChildren', all);
    if (all.includes(control)) __leak.control.selection = true;
    sel.collapse(document.body, 0);
    for (let i = 0; i < 60; i++) sel.modify('extend', 'forward', 'line');
    const lines = sel.toString();
    note('modify line', lines);
    if (lines.includes(control)) __leak.control.lines = true;
    const range = document.createRange();
    range.selectNodeContents(document.documentElement);
    const ranged = range.toString();
    note('range', ranged);
    const box = document.createElement('div');
    box.append(range.cloneContents());
    note('range clone', box.innerHTML);
    if (ranged.includes(control)) __leak.control.range = true;
    note('innerText', document.documentElement.innerText + document.body.innerText);
    note('textContent', document.documentElement.textContent);
    note('outerHTML', document.documentElement.outerHTML);
    sel.removeAllRanges();
    __leak.runs++;
  };
  setInterval(read, 150);
</script>`;

/** Records every key event that reaches the page, on window and document, capturing and bubbling. */
const KEY_RECORDER = `<script>
  window.__keys = [];
  for (const target of [window, document]) for (const type of ['keydown', 'keyup', 'keypress']) for (const capture of [true, false])
    target.addEventListener(type, (e) => __keys.push((target === window ? 'window' : 'document') + ' ' + type + ' ' + e.key + (capture ? ' capture' : ' bubble')), capture);
</script>`;

/** Removes every child of <html> and <body> it did not make, on every mutation (a common anti-overlay script). */
const OVERLAY_KILLER = `<script>
  window.__runs = 0;
  const mine = new WeakSet();
  const sweep = () => {
    for (const parent of [document.documentElement, document.body]) {
      if (!parent) continue;
      for (const child of [...parent.children]) if (child !== document.head && child !== document.body && !mine.has(child)) child.remove();
    }
  };
  new MutationObserver(() => { __runs++; sweep(); }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    const main = document.createElement('main');
    main.textContent = 'Only what this page made itself.';
    mine.add(main);
    document.body.append(main);
    sweep();
  });
</script>`;

/** Its own modal dialog and a popover over the lower half, opened after load and once more later. */
const TOP_LAYER_PAGE = html(
  'Top layer',
  `<dialog id="mine"><button id="dialog-button">Page dialog button</button></dialog>
   <div id="pop" popover="manual">Page popover</div>
   <script>
     window.__opened = 0;
     window.__pageCancel = 0;
     const dialog = document.getElementById('mine');
     const pop = document.getElementById('pop');
     dialog.addEventListener('cancel', () => __pageCancel++);
     const open = () => {
       if (dialog.open) dialog.close();
       if (pop.matches(':popover-open')) pop.hidePopover();
       dialog.showModal();
       pop.showPopover();
       __opened++;
     };
     addEventListener('load', () => { open(); setTimeout(open, 1500); });
   </script>`,
  `${RED_PAGE}<style>
     dialog#mine { margin: 0; padding: 0; border: 0; width: 100vw; height: 100vh; max-width: none; max-height: none; background: #ff0000; }
     dialog#mine::backdrop { background: #ff0000; }
     #pop { position: fixed; inset: auto; top: 50vh; left: 0; width: 100vw; height: 50vh; margin: 0; padding: 0; border: 0; background: #ff0000; }
   </style>`,
);

/** Goes full screen on its first keydown, and whenever the person has just interacted (userActivation). */
const FULLSCREEN_PAGE = html(
  'Full screen',
  `<div id="big" style="width:100%;height:100%;background:#ff0000">Full screen me</div>
   <script>
     window.__fs = { attempts: 0, entered: 0, errors: [] };
     const go = () => {
       __fs.attempts++;
       document.getElementById('big').requestFullscreen().then(() => __fs.entered++, (e) => __fs.errors.push(String(e)));
     };
     document.addEventListener('keydown', go, { once: true });
     setInterval(() => { if (navigator.userActivation.isActive && !document.fullscreenElement) go(); }, 50);
   </script>`,
  RED_PAGE,
);

/** When focus moves to something it did not make (an overlay), it starts over with document.open/write/close. */
const REWRITE_PAGE = html(
  'Rewrite',
  `<p>Before the rewrite.</p>
   <script>
     let done = false;
     const timer = setInterval(() => {
       const active = document.activeElement;
       if (done || !active || active === document.body || active.parentNode !== document.documentElement) return;
       done = true;
       clearInterval(timer);
       document.open();
       document.write('<!doctype html><html><head><title>Rewritten</title></head><body style="margin:0;background:#ff0000"><p id="after">Rewritten page</p><script>window.__rewritten = true;<\\/script></body></html>');
       document.close();
     }, 50);
   </script>`,
);

/** When focus moves to something it did not make, it sends every frame in the page to a look-alike card of its own. */
const HIJACK_PAGE = html(
  'Hijack',
  `<p>Ordinary page.</p>
   <script>
     window.__tried = false;
     const timer = setInterval(() => {
       const active = document.activeElement;
       if (!active || active === document.body || active.parentNode !== document.documentElement) return;
       clearInterval(timer);
       for (let i = 0; i < window.length; i++) window[i].location.href = '/fake-card';
       for (const frame of document.querySelectorAll('iframe')) frame.src = '/fake-card';
       __tried = true;
     }, 50);
   </script>`,
  RED_PAGE,
);
const FAKE_CARD = html('Fake', '<h1>Pause for: something</h1><button>Continue</button>', RED_PAGE);

/**
 * Plants hidden bait (50 candidate words, each hidden one of five ways; half in the HTML, half added
 * after load) and a visible control paragraph, then watches which of them Steady marks.
 */
function baitPage(): string {
  const candidates = [...LIST_WORDS, ...DECOYS];
  const bait = (word: string, i: number) => `<p class="bait" data-word="${word}" style="${HIDDEN[i % HIDDEN.length]}">Notes about the ${word} today.</p>`;
  const inHtml = candidates.map((w, i) => (i % 2 === 0 ? bait(w, i) : '')).join('');
  const later = candidates.map((w, i) => (i % 2 === 1 ? bait(w, i) : '')).join('');
  return html(
    'Bait',
    `<main id="main"><p class="bait" data-word="control">A visible note about the hospital.</p>${inHtml}</main>
     <script>
       window.__learned = [];
       window.__looks = 0;
       const main = document.getElementById('main');
       const made = new WeakSet();
       const original = new Map();
       const remember = () => {
         for (const el of main.querySelectorAll('*')) made.add(el);
         for (const p of main.querySelectorAll('p.bait')) if (!original.has(p)) original.set(p, ['style', 'aria-hidden', 'inert'].map((a) => p.getAttribute(a)).join('|'));
       };
       remember();
       const look = () => {
         for (const [p, before] of original) {
           const now = ['style', 'aria-hidden', 'inert'].map((a) => p.getAttribute(a)).join('|');
           // Whatever a veil could leave: changed attributes, an element beside or inside the block
           // that the page did not make, a filter.
           const prev = p.previousElementSibling;
           const inner = [...p.children].some((c) => !made.has(c));
           if ((now !== before || (prev && !made.has(prev)) || inner || getComputedStyle(p).filter !== 'none') && !__learned.includes(p.dataset.word)) __learned.push(p.dataset.word);
         }
         __looks++;
       };
       new MutationObserver(look).observe(main, { subtree: true, childList: true, attributes: true });
       setInterval(look, 100);
       addEventListener('load', () => setTimeout(() => {
         main.insertAdjacentHTML('beforeend', ${JSON.stringify(later)});
         remember();
         window.__plantedAll = true;
       }, 100));
     </script>`,
  );
}

/** Twenty visible paragraphs, each with one of the list's words. */
const VISIBLE_BAIT = html(
  'Visible bait',
  `<main>${Array.from({ length: 20 }, (_, i) => `<p class="item">Item ${i}: the ${LIST_WORDS[i % LIST_WORDS.length]} again.</p>`).join('')}</main>`,
);

/**
 * More hidden copies of one candidate word than Steady keeps watching: 50 in the HTML, then (once
 * they have been laid out) ten more, one per frame, each hidden a different way.
 */
const HIDDEN_FLOOD = html(
  'Flood',
  `<main id="main">${Array.from({ length: 50 }, (_, i) => `<p class="bait" style="opacity:0">Copy ${i} about the hospital.</p>`).join('')}</main>
   <script>
     // Anything a veil could leave on a copy: a changed style, inert, aria-hidden, an element inside it or beside it.
     const planted = new Map();
     const plant = () => { for (const p of document.querySelectorAll('p.bait')) if (!planted.has(p)) planted.set(p, p.getAttribute('style')); };
     plant();
     window.__marked = () => [...planted].filter(([p, style]) => p.getAttribute('style') !== style || p.hasAttribute('inert') || p.hasAttribute('aria-hidden') || p.firstElementChild || p.previousElementSibling?.localName === 'div').length;
     const styles = ${JSON.stringify(HIDDEN.slice(1))};
     addEventListener('load', async () => {
       const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
       await frame();
       await frame();
       for (let i = 0; i < 10; i++) {
         document.getElementById('main').insertAdjacentHTML('beforeend', '<p class="bait" style="' + styles[i % styles.length] + '">Late copy ' + i + ' about the hospital.</p>');
         plant();
         await frame();
       }
       window.__plantedAll = true;
     });
   </script>`,
);

const PAGES: Record<string, { body: string; headers?: Record<string, string> }> = {
  '/find': { body: html('Find', `<p>Ordinary page text about gardens.</p>${READER(['Pause for', LABEL, 'Continue', 'Leave this page', 'Not now on this site', 'Three slow breaths', 'Need urgent help'], 'Ordinary page text')}`) },
  '/find-veil': {
    body: html('Find veil', `<p>Ordinary page text about gardens.</p><p id="hit">The ambulance went by.</p>${READER([LIST_LABEL, 'Blurred by Steady', 'Show'], 'Ordinary page text')}`),
  },
  '/keys': { body: html('Keys', '<p>Listening.</p>', KEY_RECORDER) },
  '/killer': { body: html('Killer', '', `${RED_PAGE}${OVERLAY_KILLER}`) },
  '/top-layer': { body: TOP_LAYER_PAGE },
  '/fullscreen': { body: FULLSCREEN_PAGE },
  '/rewrite': { body: REWRITE_PAGE },
  '/swallow': { body: SWALLOW_PAGE },
  '/hijack': { body: HIJACK_PAGE },
  '/fake-card': { body: FAKE_CARD },
  '/autofocus': { body: html('Autofocus', '<button id="first">First</button><input id="q" autofocus>') },
  '/bait': { body: baitPage() },
  '/bait-visible': { body: VISIBLE_BAIT },
  '/flood': { body: HIDDEN_FLOOD },
  '/csp': {
    body: html('Strict CSP', '<p>Locked down</p>'),
    headers: { 'content-security-policy': "default-src 'none'; frame-src 'none'; script-src 'none'" },
  },
};

let server: TestServer;
let steady: Steady;
const open: Page[] = [];

const PREFS = {
  sites: [site('news.test', { label: LABEL }), site('keys.test', { label: LABEL })],
  triggers: [wordList('bait', LIST_WORDS, 'blur', ['feed.test'], { label: LIST_LABEL })],
  pause: { frequency: 'every-visit', gentleDelaySeconds: 0 },
};

beforeAll(async () => {
  server = await startServer((url) => PAGES[url.pathname]);
  steady = await launchSteady({ serverPort: server.port });
  await setPrefs(steady, PREFS);
});
afterAll(async () => {
  await steady?.close();
  await server?.close();
});
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => undefined);
});

async function visit(url: string): Promise<{ page: Page; pause: PauseDialog }> {
  const visited = await openPage(steady.context, url);
  open.push(visited.page);
  return visited;
}

/** The colour drawn at (x, y), read from a real screenshot (a page that hangs fails here, not later). */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return PNG.firstPixel(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 }, timeout: 5000 }));
}

const isRed = ([r, g, b]: [number, number, number]) => r > 200 && g < 80 && b < 80;

/** Whether red (the hostile page) shows at the centre, near the bottom or in a lower corner. */
async function redShows(page: Page): Promise<boolean> {
  const { width, height } = page.viewportSize()!;
  for (const [x, y] of [[width / 2, height / 2], [width / 2, height - 20], [10, height - 10]] as const) if (isRed(await pixel(page, x, y))) return true;
  return false;
}

/** The page still answers: a trivial evaluate comes back within `ms`. */
async function responsive(page: Page, ms = 2000): Promise<boolean> {
  const answer = page.evaluate(() => 1 + 1).catch(() => 0);
  return (await Promise.race([answer, new Promise<number>((done) => setTimeout(() => done(-1), ms))])) === 2;
}

const evalIn = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

describe('what a page can read', () => {
  it('finds no trace of the label or the card with find, Selection, Range or the DOM', async () => {
    const { page, pause } = await visit('http://news.test/find');
    await pause.waitOpen();
    expect(await pause.heading()).toBe(`Pause for: ${LABEL}`);
    // Let the page read several times while the card shows.
    const before = await evalIn<number>(page, '__leak.runs');
    await expect.poll(() => evalIn<number>(page, '__leak.runs')).toBeGreaterThanOrEqual(before + 3);
    expect(await pause.isOpen()).toBe(true);
    await pause.click('Continue');
    await pause.waitClosed();
    const after = await evalIn<number>(page, '__leak.runs');
    await expect.poll(() => evalIn<number>(page, '__leak.runs')).toBeGreaterThanOrEqual(after + 2);
    const leak = await evalIn<{ leaks: string[]; control: Record<string, boolean> }>(page, '__leak');
    expect(leak.leaks).toEqual([]);
    // The same calls do read the page's own text.
    expect(leak.control).toEqual({ find: true, selection: true, lines: true, range: true });
  });

  it('finds no trace of a veil line’s words either', async () => {
    const { page, pause } = await visit('http://feed.test/find-veil');
    await expect.poll(() => page.$eval('#hit', (el) => el.getAttribute('style') ?? '')).toContain('isolation: isolate');
    // The line is there for the person (and their screen reader)…
    expect(await pause.texts()).toContain(`Blurred by Steady for: ${LIST_LABEL}`);
    const before = await evalIn<number>(page, '__leak.runs');
    await expect.poll(() => evalIn<number>(page, '__leak.runs')).toBeGreaterThanOrEqual(before + 3);
    // …but not for the page's find, Selection or Range.
    const leak = await evalIn<{ leaks: string[]; control: Record<string, boolean> }>(page, '__leak');
    expect(leak.leaks).toEqual([]);
    expect(leak.control).toEqual({ find: true, selection: true, lines: true, range: true });
  });

  it('hears none of the keys pressed in the card', async () => {
    // A gentle wait keeps the card up through Esc, so every key, down and up, is pressed inside it.
    await setPrefs(steady, { pause: { gentleDelaySeconds: 4 } });
    await setSession(steady, { continued: {}, shownAt: {}, snoozedUntil: {}, waitStartedAt: {} });
    try {
      const { page, pause } = await visit('http://keys.test/keys');
      await pause.waitOpen();
      expect(await pause.focusedName()).toBe(`Pause for: ${LABEL}`);
      await pause.press('Tab');
      expect(await pause.focusedName()).toBe('Look around you');
      for (const key of ['a', 'q', 'Escape', 'Shift+Tab', 'Tab', 'Space', 'Escape']) await pause.press(key);
      // The keys did reach the card: Space started the first practice, Esc waited with it.
      await expect.poll(() => pause.buttonNames()).toContain('Stop');
      expect(await pause.texts()).toContain('Continue will be ready in a moment. There is no rush.');
      expect(await evalIn<string[]>(page, '__keys')).toEqual([]);
      // Once the wait is over, Esc continues; afterwards the page hears its own keys as usual.
      await expect.poll(() => pause.texts(), { timeout: 6000 }).toContain('Continue is ready whenever you are.');
      await pause.press('Escape');
      await pause.waitClosed();
      await evalIn(page, '__keys.length = 0');
      await page.keyboard.press('k');
      expect(await evalIn<string[]>(page, '__keys')).toEqual(
        expect.arrayContaining(['window keydown k capture', 'document keydown k capture', 'document keydown k bubble', 'window keydown k bubble', 'window keyup k bubble']),
      );
    } finally {
      await setPrefs(steady, { pause: { gentleDelaySeconds: 0 } });
    }
  });
});

describe('pages that fight the cover', () => {
  it('an observer that removes every element it did not make: the pause appears, stays on top, and nobody spins', async () => {
    const { page, pause } = await visit('http://news.test/killer');
    await pause.waitOpen();
    expect(await redShows(page)).toBe(false);
    // Steady stepped out of the page's sight after a few removals instead of fighting (a fight
    // runs the observer hundreds of times, or for ever), and the observer stops running.
    const runs = await evalIn<number>(page, '__runs');
    expect(runs).toBeGreaterThan(0);
    expect(runs).toBeLessThanOrEqual(20);
    await page.waitForTimeout(700);
    expect(await responsive(page)).toBe(true);
    const settled = await evalIn<number>(page, '__runs');
    expect(settled - runs).toBeLessThanOrEqual(2);
    await page.waitForTimeout(500);
    expect(await evalIn<number>(page, '__runs')).toBe(settled);
    expect(await redShows(page)).toBe(false);
    await pause.click('Continue');
    await pause.waitClosed();
    expect(await responsive(page)).toBe(true);
    // The page is itself again: its own content, drawn.
    expect(await redShows(page)).toBe(true);
    expect(await evalIn<string>(page, 'document.body.innerText')).toBe('Only what this page made itself.');
    const done = await evalIn<number>(page, '__runs');
    await page.waitForTimeout(300);
    expect(await evalIn<number>(page, '__runs')).toBe(done);
  });

  it('the page’s own modal dialog and a popover: the pause stays on top, keeps Tab, and Esc continues past it first', async () => {
    const { page, pause } = await visit('http://news.test/top-layer');
    await pause.waitOpen();
    await expect.poll(() => evalIn<number>(page, '__opened'), { timeout: 4000 }).toBe(2);
    await page.waitForTimeout(200);
    expect(await evalIn<boolean>(page, 'document.getElementById("mine").open && document.getElementById("pop").matches(":popover-open")')).toBe(true);
    expect(await redShows(page)).toBe(false);
    for (let i = 0; i < 8; i++) {
      await pause.press('Tab');
      expect(await pause.buttonNames()).toContain(await pause.focusedName());
    }
    await pause.press('Escape');
    await pause.waitClosed();
    // The page's dialog was not closed (nor even asked to) by that Esc.
    expect(await evalIn<number>(page, '__pageCancel')).toBe(0);
    expect(await evalIn<boolean>(page, 'document.getElementById("mine").open')).toBe(true);
    expect(await redShows(page)).toBe(true);
  });

  it('full screen on the person’s key press: the pause stays visible and usable', async () => {
    const { page, pause } = await visit('http://news.test/fullscreen');
    await pause.waitOpen();
    await pause.press('a');
    // The page tried (the key press in the card counts as the person's activation)…
    await expect.poll(() => evalIn<number>(page, '__fs.attempts')).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    // …and the pause is still what shows, and still answers.
    expect(await pause.isOpen()).toBe(true);
    expect(await redShows(page)).toBe(false);
    await pause.press('Tab');
    // Focus settles in the card once the page's full-screen change has been laid out.
    await expect.poll(async () => (await pause.buttonNames()).includes((await pause.focusedName()) ?? ''), { timeout: 5000 }).toBe(true);
    await pause.click('Continue');
    await pause.waitClosed();
  });

  it('document.open, write and close after load: Continue by click, by Esc and by Tab and Enter', async () => {
    for (const how of ['click', 'escape', 'tab-enter'] as const) {
      const { page, pause } = await visit('http://news.test/rewrite');
      await pause.waitOpen();
      await expect.poll(() => evalIn<boolean>(page, 'window.__rewritten === true')).toBe(true);
      expect(await evalIn<string>(page, 'document.title')).toBe('Rewritten');
      await pause.waitOpen();
      expect(await redShows(page), how).toBe(false);
      if (how === 'click') await pause.click('Continue');
      else if (how === 'escape') await pause.press('Escape');
      else {
        for (let i = 0; i < 10 && (await pause.focusedName()) !== 'Continue'; i++) await pause.press('Tab');
        expect(await pause.focusedName(), how).toBe('Continue');
        await pause.press('Enter');
      }
      await pause.waitClosed();
      expect(await redShows(page), how).toBe(true);
    }
  });

  it('a window listener that swallows every key: Esc and Tab and Enter still reach Continue', async () => {
    for (const how of ['escape', 'tab-enter'] as const) {
      const { page, pause } = await visit('http://news.test/swallow');
      await pause.waitOpen();
      if (how === 'escape') await pause.press('Escape');
      else {
        for (let i = 0; i < 10 && (await pause.focusedName()) !== 'Continue'; i++) await pause.press('Tab');
        expect(await pause.focusedName(), how).toBe('Continue');
        await pause.press('Enter');
      }
      await pause.waitClosed();
      expect(await evalIn<string[]>(page, '__swallowed'), how).toEqual([]);
    }
  });

  it('a page that pulls focus out of the card and swallows every key: Esc still continues, and Tab goes back into the card', async () => {
    for (const how of ['escape', 'tab'] as const) {
      const { page, pause } = await visit('http://news.test/swallow');
      await pause.waitOpen();
      const card = pause.card()!;
      await expect.poll(() => card.evaluate(() => document.hasFocus()), { message: how }).toBe(true);
      // The page takes focus back to its own document, as any of its scripts can; it lands on the
      // cover, where the page's listener is first in line for keys…
      await page.evaluate(() => window.focus());
      await expect.poll(() => pause.focusedName(), { message: how }).toBe(COVER_NAME);
      expect(await card.evaluate(() => document.hasFocus())).toBe(false);
      if (how === 'escape') await pause.press('Escape');
      else {
        // …yet Tab takes the person back into the card, where Esc is the card's again.
        await pause.press('Tab');
        await expect.poll(() => card.evaluate(() => document.hasFocus()), { message: how }).toBe(true);
        await pause.press('Escape');
      }
      await pause.waitClosed();
      expect(await evalIn<string[]>(page, '__swallowed'), how).toEqual([]);
      // Afterwards the page has its keys again.
      await page.keyboard.press('k');
      await expect.poll(() => evalIn<string[]>(page, '__swallowed'), { message: how }).toEqual(['k']);
    }
  });

  it('a page that sends the card’s frame elsewhere: the person still gets Steady’s card, and Continue', async () => {
    const { page, pause } = await visit('http://news.test/hijack');
    await pause.waitOpen();
    await expect.poll(() => evalIn<boolean>(page, '__tried')).toBe(true);
    await page.waitForTimeout(500);
    // Whatever the page did to the frame, what shows inside Steady's cover is Steady's own card…
    expect(await redShows(page)).toBe(false);
    await pause.waitOpen();
    // …and Continue (or Esc) takes the person on.
    await pause.click('Continue');
    await pause.waitClosed();
    expect(await redShows(page)).toBe(true);
  });

  it('gives focus to the page’s autofocus field after Continue', async () => {
    const { page, pause } = await visit('http://news.test/autofocus');
    await pause.waitOpen();
    await pause.click('Continue');
    await pause.waitClosed();
    await expect.poll(() => evalIn<string | undefined>(page, 'document.activeElement?.id')).toBe('q');
    await page.keyboard.type('ok');
    expect(await page.inputValue('#q')).toBe('ok');
  });

  it('works under a strict Content-Security-Policy that forbids frames and scripts', async () => {
    const { pause } = await visit('http://news.test/csp');
    await pause.waitOpen();
    expect(await pause.heading()).toBe(`Pause for: ${LABEL}`);
    const continueBox = (await pause.buttonBoxes()).find((b) => b.name === 'Continue')!;
    expect(continueBox.height).toBeGreaterThanOrEqual(44);
    await pause.click('Continue');
    await pause.waitClosed();
  });
});

describe('bait', () => {
  it('hidden bait teaches the page none of the words', async () => {
    const { page } = await visit('http://feed.test/bait');
    await page.waitForFunction(() => (window as any).__plantedAll === true);
    const looks = await evalIn<number>(page, '__looks');
    // Several frames, so blocks that are watched while hidden have been checked again.
    await expect.poll(() => evalIn<number>(page, '__looks')).toBeGreaterThanOrEqual(looks + 10);
    // Only the visible control paragraph was veiled.
    expect(await evalIn<string[]>(page, '__learned')).toEqual(['control']);
  });

  it('visible bait: at most 12 veils, then one page pause naming the list', async () => {
    const { page, pause } = await visit('http://feed.test/bait-visible');
    await pause.waitOpen();
    expect(await pause.heading()).toBe(`Pause for: ${LIST_LABEL}`);
    const veiled = await page.$$eval('p.item', (items) => items.filter((p) => (p.getAttribute('style') ?? '').includes('isolation: isolate')).length);
    expect(veiled).toBeGreaterThan(0);
    expect(veiled).toBeLessThanOrEqual(12);
    await pause.click('Continue');
    await pause.waitClosed();
    expect(await pause.staysClosed(500)).toBe(true);
  });

  it('many hidden copies of one word teach the page nothing either', async () => {
    const { page, pause } = await visit('http://feed.test/flood');
    await page.waitForFunction(() => (window as any).__plantedAll === true);
    await page.waitForTimeout(300);
    expect(await evalIn<number>(page, '__marked()')).toBe(0);
    expect(await pause.isOpen()).toBe(false);
  });
});

describe('snoozes', () => {
  it('a chosen site’s tab that the browser brings back with the session is paused', async () => {
    const first = await launchSteady({ serverPort: server.port });
    let again: Steady | undefined;
    try {
      await setPrefs(first, { sites: [site('news.test', { label: LABEL })], pause: { frequency: 'every-visit' } });
      const open = await openPage(first.context, 'http://news.test/');
      await open.pause.waitOpen();
      const { userDataDir } = first;
      await first.close({ keepProfile: true });
      // "Continue where you left off": the browser reopens the tab as it starts. (It also drops the
      // registered scripts of an unpacked extension at each start, as of an updated one, and the worker
      // registers them again.)
      again = await launchSteady({ userDataDir, serverPort: server.port, extraArgs: ['--restore-last-session'] });
      await expect.poll(() => again!.context.pages().map((p) => p.url()), { timeout: 10_000 }).toContain('http://news.test/');
      const restored = again.context.pages().find((p) => p.url() === 'http://news.test/')!;
      const pause = await PauseDialog.attach(restored);
      await pause.waitOpen(10_000);
    } finally {
      await first.close().catch(() => undefined);
      await again?.close();
    }
  });

  it('“The rest of today” and 15 minutes both last across a browser restart', async () => {
    const first = await launchSteady({ serverPort: server.port });
    let own: Steady | undefined = first;
    let again: Steady | undefined;
    try {
      await setPrefs(own, {
        sites: [site('news.test', { label: LABEL }), site('late.test', { label: LABEL }), site('control.test', { label: LABEL })],
        pause: { frequency: 'every-visit' },
      });
      for (const [host, length] of [['news.test', 'The rest of today'], ['late.test', '15 minutes']] as const) {
        const { page, pause } = await openPage(first.context, `http://${host}/`);
        await pause.waitOpen();
        await pause.click('Not now on this site');
        await pause.click(length);
        await pause.waitClosed();
        await page.close();
      }
      await expect.poll(async () => Object.keys(await getSnoozes(first)).sort()).toEqual(['late-test', 'news-test']);
      const { userDataDir } = first;
      await first.close({ keepProfile: true });
      own = undefined;
      again = await launchSteady({ userDataDir, serverPort: server.port });
      // The browser dropped the unpacked extension's registered scripts at start (as it does an updated
      // one's); a page opened before the worker registers them again would get none. A person's store
      // install keeps them, so wait for them rather than racing the worker.
      await waitForRegistration(again, true);
      // After the restart pauses still happen (control), but not where the person said "not now".
      const control = await openPage(again.context, 'http://control.test/');
      await control.pause.waitOpen();
      for (const host of ['news.test', 'late.test']) {
        const { pause } = await openPage(again.context, `http://${host}/`);
        expect(await pause.staysClosed(), host).toBe(true);
      }
      const snoozes = await getSnoozes(again);
      const midnight = new Date();
      midnight.setHours(24, 0, 0, 0);
      expect(snoozes['news-test']).toBe(midnight.getTime());
      expect(Math.abs(snoozes['late-test']! - (Date.now() + 15 * 60_000))).toBeLessThan(60_000);
    } finally {
      await own?.close();
      await again?.close();
    }
  });
});
