import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchSteady, setPrefs, wordList, type Steady } from './harness';
import { visit } from './pause-dialog';
import { page as html, startServer, type TestServer } from './server';

// Pages shaped like real ones, with the word "ambulance" in one part of each: a wiki table, lists,
// a definition list, a CSS grid of cards, a flex feed, and a page whose menus and footer hold it.
const STRUCTURE = html(
  'Structure',
  `<style>
     table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 8px; }
     #grid { display: grid; grid-template-columns: repeat(3, 160px); gap: 8px; }
     #grid > div, #flex > div { border: 1px solid #ccc; padding: 8px; }
     #flex { display: flex; gap: 8px; }
   </style>
   <main>
   <table id="table"><thead><tr><th>Year</th><th>Event</th><th>Place</th></tr></thead>
     <tbody>
       <tr id="r1"><td>1990</td><td>A quiet year</td><td>North</td></tr>
       <tr id="r2"><td>1991</td><td>An ambulance strike</td><td>South</td></tr>
       <tr id="r3"><td>1992</td><td>Harvest fair</td><td>East</td></tr>
     </tbody></table>
   <ul id="ul"><li id="u1">Bread</li><li id="u2">The ambulance came by</li><li id="u3">Tea</li></ul>
   <ol id="ol"><li id="o1">First</li><li id="o2">An ambulance, second</li><li id="o3">Third</li></ol>
   <dl id="dl"><dt id="d1">Siren</dt><dd id="d2">The sound an ambulance makes</dd><dt id="d3">Bell</dt><dd id="d4">A ringing</dd></dl>
   <div id="grid"><div id="g1">Card one</div><div id="g2">Card two, with an ambulance</div><div id="g3">Card three</div><div id="g4">Card four</div></div>
   <div id="flex"><div id="f1">Post one</div><div id="f2">Post two: ambulance</div><div id="f3">Post three</div></div>
   <p id="after">The end of the page.</p>
   </main>
   <script>
     // The layout as the page sees it: each part's box and the children of each container.
     window.layout = () => {
       const box = (id) => { const r = document.getElementById(id).getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; };
       const ids = ['r1', 'r2', 'r3', 'u1', 'u2', 'u3', 'o1', 'o2', 'o3', 'd1', 'd2', 'd3', 'd4', 'g1', 'g2', 'g3', 'g4', 'f1', 'f2', 'f3', 'after'];
       return {
         boxes: Object.fromEntries(ids.map((id) => [id, box(id)])),
         children: ['table', 'ul', 'ol', 'dl', 'grid', 'flex'].map((id) => {
           const el = id === 'table' ? document.querySelector('tbody') : document.getElementById(id);
           return [...el.children].map((c) => c.localName + (c.id ? '#' + c.id : '')).join(' ');
         }),
         cells: [...document.querySelectorAll('tbody tr')].map((tr) => tr.cells.length),
       };
     };
   </script>`,
);

const PARTS = html(
  'Parts',
  `<header id="top"><nav id="menu"><a href="/a">Home</a> <a href="/b">Ambulance services</a></nav></header>
   <div role="navigation" id="side"><a href="/c">Ambulance history</a></div>
   <main><article><header id="headline"><h1 id="title">An ambulance crew's long night</h1></header>
     <p id="story">The ambulance arrived at dawn.</p></article></main>
   <footer id="foot"><p id="footnote">Report an ambulance issue</p></footer>`,
);

const FOCUS = html(
  'Focus',
  `<main><p><a id="before" href="#x">A link before</a></p>
   <p id="veiled">The ambulance came by at noon.</p>
   <p><a id="next" href="#y">The next link</a></p></main>`,
);

const PAGES: Record<string, string> = { '/structure': STRUCTURE, '/parts': PARTS, '/focus': FOCUS };

let server: TestServer;
let steady: Steady;
let page: Page | undefined;

beforeAll(async () => {
  server = await startServer((url) => (PAGES[url.pathname] ? { body: PAGES[url.pathname]! } : undefined));
  steady = await launchSteady({ serverPort: server.port });
});
afterAll(async () => {
  await steady?.close();
  await server?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const open = async (path: string) => (page = (await visit(steady.context, `http://words.test:${server.port}${path}`)).page);
const layout = (p: Page) => p.evaluate(() => (window as any).layout());
/** Blocks whose content Steady veiled: solid and hide make them visibility: hidden. */
const veiledIds = (p: Page) =>
  p.evaluate(() => [...document.querySelectorAll('[id]')].filter((el) => (el.getAttribute('style') ?? '').includes('visibility: hidden')).map((el) => el.id));

describe('the veil keeps a page working', () => {
  it('veils the right row, item, term, card and post, and leaves every table, list, grid and flex layout as it was', async () => {
    const plain = await open('/structure');
    const before = await layout(plain);
    await plain.close();

    await setPrefs(steady, { triggers: [wordList('w', ['ambulance'], 'veil', ['words.test'], { label: 'Hospital stuff' })] });
    const p = await open('/structure');
    await expect.poll(() => veiledIds(p)).toEqual(['r2', 'u2', 'o2', 'd2', 'g2', 'f2']);
    const after = await layout(p);
    // Not one box moved or changed size, no container gained or lost a child, every row keeps its cells.
    expect(after.children).toEqual(before.children);
    expect(after.cells).toEqual(before.cells);
    expect(after.boxes).toEqual(before.boxes);
    // Each veil's line is inside the block it veils (a row's in its first cell).
    const hosts = await p.evaluate(() =>
      ['r2', 'u2', 'o2', 'd2', 'g2', 'f2'].map((id) => {
        const block = document.getElementById(id)!;
        const spot = id === 'r2' ? (block as HTMLTableRowElement).cells[0]! : block;
        const first = spot.firstElementChild;
        return first?.localName === 'div' && first.shadowRoot === null && !first.id;
      }),
    );
    expect(hosts).toEqual([true, true, true, true, true, true]);
    await p.screenshot({ path: 'tests/e2e/.screens/veil-structure.png' });
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.screenshot({ path: 'tests/e2e/.screens/veil-structure-dark.png' });
  });

  it('a hidden list item shrinks to its line but stays an item: the numbering of the list is kept', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['ambulance'], 'hide', ['words.test'])] });
    const p = await open('/structure');
    await expect.poll(() => veiledIds(p)).toContain('o2');
    const { boxes, children } = await layout(p);
    expect(children[2]).toBe('li#o1 li#o2 li#o3');
    const [, , , full] = boxes.o1;
    expect(boxes.o2[3]).toBeLessThanOrEqual(Math.max(full * 2, 40));
    // The third item is still numbered 3 (its marker counts the veiled item).
    const marker = await p.evaluate(() => getComputedStyle(document.getElementById('o3')!).getPropertyValue('display'));
    expect(marker).toBe('list-item');
  });
});

describe('navigation, menus, headers and footers', () => {
  it('are left alone by default, while the story and its headline are veiled', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['ambulance'], 'veil', ['words.test'])] });
    const p = await open('/parts');
    await expect.poll(() => veiledIds(p)).toEqual(['title', 'story']);
  });

  it('are veiled too when the person turns that off for the list', async () => {
    await setPrefs(steady, { triggers: [wordList('w', ['ambulance'], 'veil', ['words.test'], { skipPageParts: false })] });
    const p = await open('/parts');
    await expect.poll(async () => (await veiledIds(p)).length).toBeGreaterThanOrEqual(5);
    const ids = await veiledIds(p);
    for (const id of ['title', 'story', 'footnote']) expect(ids).toContain(id);
  });
});

describe('Show', () => {
  it.each(['Enter', 'Space'])('answers %s, and focus goes on from the revealed block', async (key) => {
    await setPrefs(steady, { triggers: [wordList('w', ['ambulance'], 'veil', ['words.test'])] });
    const p = await open('/focus');
    await expect.poll(() => veiledIds(p)).toEqual(['veiled']);
    await p.focus('#before');
    // The next Tab goes to the veil's Show control, the only focusable thing in the veiled block.
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id ?? document.activeElement?.localName)).toBe('');
    await p.keyboard.press(key);
    await expect.poll(() => veiledIds(p)).toEqual([]);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('veiled');
    // From there, Tab goes on to the next link: the person keeps their place.
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('next');
    // The block was focusable only for that moment.
    expect(await p.evaluate(() => document.getElementById('veiled')!.hasAttribute('tabindex'))).toBe(false);
  });
});
