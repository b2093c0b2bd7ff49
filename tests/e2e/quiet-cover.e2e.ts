import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchSteady, setPrefs, wordList, type Steady } from './harness';
import { visit as openPage, type PauseDialog } from './pause-dialog';
import { film, keepFrames } from './film';
import { PNG } from './png';

/**
 * The cover while Steady is still reading a page must look like a page that has not painted yet
 * (the browser's own canvas, light or dark), not like a pause: a person with a pause list on every
 * site meets it on every page load. The calm colour comes only with a pause. Each page here arrives
 * slowly (the server holds back the end of the body), so the cover is up long enough to be filmed,
 * and every frame the browser draws meanwhile is read. STEADY_FRAMES=<dir> keeps the frames as PNG.
 */

const DELAY_MS = 2500;
/** Frames this long after the first part of the page was sent are surely of the new page (committed, covered). */
const SETTLED_MS = 700;
const HOST = 'quiet.test';
const WORD = 'hospital';
const CALM = { light: [246, 244, 239], dark: [27, 30, 29] } as const;
const RED = [255, 0, 0];

type Rgb = [number, number, number];
type Scheme = 'light' | 'dark';

/** The first part of a red page (red shows wherever the cover is not), then the end after DELAY_MS. */
function slowPage(text: string): [string, string] {
  const start =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title>' +
    '<style>html, body { margin: 0; height: 100%; background: #ff0000; }</style></head>' +
    `<body><p>${text}</p>${'<p>More of an ordinary page.</p>'.repeat(40)}`;
  return [start, '<p>The end.</p></body></html>'];
}

/** What the browser itself paints for its canvas in this colour scheme (a page that opts in to both). */
const CANVAS_PAGE = '<!doctype html><html style="color-scheme: light dark; background: Canvas"><head><meta charset="utf-8"></head><body></body></html>';

interface Sent {
  firstAt: number;
  endAt: number;
}

let server: Server;
let port: number;
const sent = new Map<string, Sent>();

function startSlowServer(): Promise<void> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    if (url.pathname === '/canvas') return void res.end(CANVAS_PAGE);
    const [start, end] = slowPage(url.pathname === '/with-word' ? `A note about the ${WORD}.` : 'Ordinary garden notes.');
    const times: Sent = { firstAt: Date.now(), endAt: Infinity };
    sent.set(url.searchParams.get('run') ?? '', times);
    res.write(start);
    setTimeout(() => {
      times.endAt = Date.now();
      res.end(end);
    }, DELAY_MS);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), done())));
}

const same = (a: readonly number[], b: readonly number[], tolerance = 2) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

let steady: Steady;
const open: Page[] = [];
let runs = 0;

beforeAll(async () => {
  await startSlowServer();
  steady = await launchSteady({ serverPort: port });
  await setPrefs(steady, {
    triggers: [wordList('quiet', [WORD], 'pause', [HOST], { label: 'Hard words' })],
    pause: { frequency: 'every-visit', gentleDelaySeconds: 0 },
  });
});
afterAll(async () => {
  await steady?.close();
  await new Promise((done) => server?.close(() => done(undefined)));
});
afterEach(async () => {
  for (const page of open.splice(0)) await page.close().catch(() => undefined);
});

async function canvasColour(scheme: Scheme): Promise<Rgb> {
  const page = await steady.context.newPage();
  open.push(page);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`http://plain.test:${port}/canvas`);
  return PNG.firstPixel(await page.screenshot());
}

/** Loads the slow page in a fresh tab, filming it until `then` (which waits for what follows the end of the page) is done. */
async function filmLoad(scheme: Scheme, path: string, then: (page: Page, pause: PauseDialog) => Promise<void>) {
  const page = await steady.context.newPage();
  open.push(page);
  await page.emulateMedia({ colorScheme: scheme });
  const camera = await film(page);
  const run = String(++runs);
  const { pause } = await openPage(steady.context, `http://${HOST}:${port}${path}?run=${run}`, page);
  await then(page, pause);
  await camera.stop();
  const times = sent.get(run)!;
  const frames = camera.frames.slice().sort((a, b) => a.from - b.from);
  keepFrames(`${scheme}${path.replace('/', '-')}`, frames);
  const covered = frames.filter((f) => f.from > times.firstAt + SETTLED_MS && f.to < times.endAt);
  return { frames, covered, times, page };
}

describe.each(['light', 'dark'] as const)('the cover in %s mode', (scheme) => {
  it('while Steady reads a page without the words: the browser’s own canvas in every frame, never the calm colour', async () => {
    const canvas = await canvasColour(scheme);
    const { frames, covered } = await filmLoad(scheme, '/without-words', async (page) => {
      // The cover comes off once the page has been read: the page's own red shows.
      await expect.poll(async () => PNG.firstPixel(await page.screenshot({ timeout: 5000 })), { timeout: DELAY_MS + 5000 }).toEqual(RED);
    });
    // Filmed while the cover was up (the page's red would show otherwise)…
    expect(covered.length).toBeGreaterThanOrEqual(5);
    for (const frame of covered) expect(frame.rgb, 'a frame while Steady read the page').toEqual(canvas);
    // …and at no moment of the whole load the calm colour of a pause.
    for (const frame of frames) {
      expect(same(frame.rgb, CALM.light), `frame ${frame.rgb}`).toBe(false);
      expect(same(frame.rgb, CALM.dark), `frame ${frame.rgb}`).toBe(false);
    }
  });

  it('on a page with a word of the list: quiet while Steady reads, the calm colour once the pause is offered', async () => {
    const canvas = await canvasColour(scheme);
    const { frames, covered, times } = await filmLoad(scheme, '/with-word', async (page, pause) => {
      await pause.waitOpen(DELAY_MS + 5000);
      expect(PNG.firstPixel(await page.screenshot({ timeout: 5000 }))).toEqual(CALM[scheme]);
    });
    expect(covered.length).toBeGreaterThanOrEqual(5);
    for (const frame of covered) expect(frame.rgb, 'a frame while Steady read the page').toEqual(canvas);
    // The page never showed (no red), and the calm colour came only once the end arrived and the pause with it.
    const later = frames.filter((f) => f.from > times.firstAt + SETTLED_MS);
    for (const frame of later) expect([canvas, CALM[scheme]], `frame ${frame.rgb}`).toContainEqual(frame.rgb);
    const firstCalm = later.find((f) => same(f.rgb, CALM[scheme]));
    expect(firstCalm?.to).toBeGreaterThanOrEqual(times.endAt);
  });
});
