// Where a page load's main-thread time goes, by trace event, with and without Steady: the profile to
// read before choosing what to cut (issue 17). Loads the page-cost bench's article page in real
// Chromium with tracing on, and prints the median self thread time per event name on the page's
// renderer main thread for: no extension; Steady on a page where nothing is set; blur lists of 10
// and 1,000 words found nowhere; a chosen site already continued.
//   npx vite-node scripts/trace-page-load.ts [page] (article, feed, wiki or nodes; ROUNDS=3)
// Tracing slows everything down: compare the rows with each other, never with the bench's figures.
import { chromium, type BrowserContext } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { absentWords, PAGES } from '../bench/page-cost.bench';
import { median } from '../bench/types';
import { CHROMIUM_PATH, launchSteady, setPrefs, setSession, site, wordList } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel', 'disabled-by-default-v8.compile'];

/** Self thread time (ms) per event name on the page's renderer main thread, for one load. */
async function traceLoad(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, (({ value }: { value: TraceEvent[] }) => events.push(...value)) as never);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete' as never, done as never));
  await cdp.send('Tracing.start' as never, { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' } as never);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(400);
  await cdp.send('Tracing.end' as never);
  await complete;
  await page.close();
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const slices = events
    .filter((e) => e.ph === 'X' && typeof e.tdur === 'number' && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (const slice of slices) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= slice.ts) open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - slice.tdur! / 1000);
    self.set(slice.name, (self.get(slice.name) ?? 0) + slice.tdur! / 1000);
    open.push(slice);
  }
  return self;
}

async function main() {
  const pageName = process.argv[2] ?? 'article';
  if (!PAGES[pageName]) throw new Error(`No page "${pageName}": choose one of ${Object.keys(PAGES).join(', ')}.`);
  const rounds = Number(process.env.ROUNDS ?? 3);
  const server = await startServer((url) => (url.pathname === `/${pageName}` ? { body: PAGES[pageName]! } : undefined));
  const plain = await chromium.launchPersistentContext(join(tmpdir(), `steady-trace-plain-${process.pid}`), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP *.test 127.0.0.1:${server.port}`],
  });
  const steady = await launchSteady({ serverPort: server.port });
  try {
    await setPrefs(steady, {
      sites: [site('site.test')],
      triggers: [wordList('absent10', absentWords(10), 'blur', ['absent10.test']), wordList('absent1000', absentWords(1000), 'blur', ['absent1000.test'])],
      pause: { frequency: 'once-per-session' },
    });
    await setSession(steady, { continued: { 'site-test': Date.now() }, shownAt: {}, snoozedUntil: {}, waitStartedAt: {} });
    const configs: Array<[string, BrowserContext, string]> = [
      ['none', plain, 'none.test'],
      ['nothing set', steady.context, 'idle.test'],
      ['blur 10', steady.context, 'absent10.test'],
      ['blur 1000', steady.context, 'absent1000.test'],
      ['site', steady.context, 'site.test'],
    ];
    for (const [, context, host] of configs) await traceLoad(context, `http://${host}/${pageName}`);
    const runs: Record<string, Array<Map<string, number>>> = {};
    for (let round = 0; round < rounds; round++) {
      for (const [name, context, host] of configs) (runs[name] ??= []).push(await traceLoad(context, `http://${host}/${pageName}`));
    }
    const at = (name: string, event: string) => median(runs[name]!.map((run) => run.get(event) ?? 0));
    const events = [...new Set(Object.values(runs).flatMap((list) => list.flatMap((run) => [...run.keys()])))]
      .filter((event) => configs.some(([name]) => Math.abs(at(name, event)) >= 0.5))
      .sort((a, b) => at('blur 10', b) - at('none', b) - (at('blur 10', a) - at('none', a)));
    console.log(`${pageName}: median self thread ms per event over ${rounds} loads`);
    console.log(''.padEnd(46) + configs.map(([name]) => name.padStart(12)).join(''));
    for (const event of events) console.log(event.slice(0, 45).padEnd(46) + configs.map(([name]) => at(name, event).toFixed(1).padStart(12)).join(''));
  } finally {
    await steady.close();
    await plain.close();
    await server.close();
  }
}

void main();
