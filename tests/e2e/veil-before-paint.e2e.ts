import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { film, keepFrames } from './film';
import { launchSteady, setPrefs, wordList, type Steady } from './harness';
import { PNG } from './png';

/**
 * While a page arrives, Steady reads what the parser wrote once per frame, before the browser
 * paints it (lib/words/parser-follow.ts), instead of following every node the parser adds. This
 * films a page that arrives in parts, each some time after the last: a block holding a word of the
 * list is bright green, and no frame may ever show that green. A script of the page also writes a
 * green block with the word back into a part that was already read. The same page on a host
 * without the list shows the green, so the camera would see it.
 */

const WORD = 'hospital';
const GREEN = [0, 255, 0];
const GAP_MS = 500;

const PARTS = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Arriving</title>' +
    '<style>body { margin: 0; font: 16px/1.5 sans-serif } .g { background: #00ff00; min-height: 60px; margin: 0 }</style></head>' +
    `<body><div id="early"></div>${'<p>An ordinary line of the page.</p>'.repeat(3)}`,
  `<p class="g">A note about the ${WORD} at the top.</p>${'<p>More of an ordinary page.</p>'.repeat(20)}`,
  // A script of the page writes into parts that were already read: into an element that is
  // finished, and into the body (still open) before what was read.
  `<script>const p = document.createElement('p'); p.className = 'g'; p.textContent = 'Planted: the ${WORD} again.'; document.getElementById('early').append(p);</script>` +
    '<p>Still ordinary.</p>',
  `<script>const q = document.createElement('p'); q.className = 'g'; q.textContent = 'And the ${WORD} once more.'; document.body.insertBefore(q, document.getElementById('early'));</script>`,
  '<p>The end.</p></body></html>',
];

// A page whose word is in its very first block, then a long article, sent at once: the browser may
// paint the top before Steady has its lists from storage (that answer waits behind the parser).
const TOP_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>At the top</title>' +
  '<style>body { margin: 0; font: 16px/1.5 sans-serif } .g { background: #00ff00; min-height: 80px; margin: 0 }</style></head>' +
  `<body><p class="g">A note about the ${WORD} at the top.</p>` +
  Array.from({ length: 2400 }, (_, i) => `<p>An ordinary sentence ${i} about the weather, the market and the town hall.</p>`).join('') +
  '</body></html>';

let server: Server;
let port: number;
let steady: Steady;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    if (req.url === '/top') return void res.end(TOP_PAGE);
    PARTS.forEach((part, i) => setTimeout(() => (i === PARTS.length - 1 ? res.end(part) : res.write(part)), i * GAP_MS));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), done())));
  steady = await launchSteady({ serverPort: port });
  await setPrefs(steady, { triggers: [wordList('arriving', [WORD], 'veil', ['arriving.test'])] });
});
afterAll(async () => {
  await steady?.close();
  await new Promise((done) => server?.close(() => done(undefined)));
});

/** Films a whole load of the page on `host`, and a little after it, frame by frame. */
async function filmLoad(host: string, path = '/') {
  const page: Page = await steady.context.newPage();
  try {
    const camera = await film(page);
    await page.goto(`http://${host}:${port}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(600);
    await camera.stop();
    keepFrames(host, camera.frames);
    return { frames: camera.frames };
  } finally {
    await page.close();
  }
}

describe('a page that arrives in parts', () => {
  it('never shows a block with a word of the list, not even for one frame', async () => {
    const plain = await filmLoad('plain.test');
    // The camera sees the green where no list applies…
    expect(plain.frames.filter((f) => PNG.hasColour(f.png, GREEN)).length).toBeGreaterThan(0);

    const listed = await filmLoad('arriving.test');
    expect(listed.frames.length).toBeGreaterThanOrEqual(5);
    // …and never where the list applies, from the first part to the end.
    for (const frame of listed.frames) expect(PNG.hasColour(frame.png, GREEN), `a frame at ${Math.round(frame.from)}`).toBe(false);
  });
});

describe('a page that paints its top at once', () => {
  // Without the hold (lib/content/paint-hold.ts) about one load in three showed the word here for a
  // frame: the lists come from storage a task later, and the browser painted the top first.
  it('never shows the word at the top, not even for one frame, before its lists are read', async () => {
    const plain = await filmLoad('plain.test', '/top');
    expect(plain.frames.filter((f) => PNG.hasColour(f.png, GREEN)).length).toBeGreaterThan(0);
    for (let load = 0; load < 6; load++) {
      const listed = await filmLoad('arriving.test', '/top');
      expect(listed.frames.length).toBeGreaterThan(0);
      for (const frame of listed.frames) expect(PNG.hasColour(frame.png, GREEN), `load ${load}, a frame at ${Math.round(frame.from)}`).toBe(false);
    }
  });
});
