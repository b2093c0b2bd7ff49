// Word-trigger scanner bench: Steady's matcher + text-node walk against two baselines, in real
// Chromium, plus the cost of a later feed batch and the scanner's size.
//
// How (see bench/words/harness.ts for exactly what is timed, bench/words/page.ts for the pages):
//   - Each method prepares its matcher when the page starts (the content script compiles the
//     person's lists as soon as their preferences arrive, at document_start) and is timed at
//     DOMContentLoaded — when the content script decides — in its OWN fresh
//     page (new browser context, so a new renderer and a cold JIT, as on a real first visit), so no
//     method reuses another's layout, compiled regexes or optimised code. A render-blocking
//     `<link rel=expect>` keeps Chromium from laying out part of the page while it parses, so
//     DOMContentLoaded always comes before the first layout (the results record paints seen).
//   - Methods are interleaved, with the order rotated, so machine noise hits all of them alike.
//   - Sanity check: the three methods must agree on whether the page matches each list, and Steady
//     and the per-word baseline on which triggers match; otherwise the bench throws.
//   - Feed: a loaded, laid-out page; an observer like the content script's handles 1,000 appended
//     posts; timed from the end of the append call to the end of the observer callback.
//   - "Blur lists as the page loads": the content script's own path (lib/content/watch-words.ts),
//     which reads the page batch by batch as the parser adds it, so that nothing is drawn before
//     it is veiled: the total of that reading, and what is left at DOMContentLoaded. Shown apart
//     from the scan rows (the work is spread over the load, the baselines do theirs at once).
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../tests/e2e/server';
import { compare, median, round, type BenchResult } from './types';
import type { BenchConfig, DclResult, FeedBatchResult, Method, Probe } from './words/harness';
import {
  PAGE_CSS,
  generateFeedBatch,
  generatePage,
  makeTriggerVocabulary,
  makeVocabulary,
  makeWordList,
  plantsFor,
  type WordList,
} from './words/page';

const HERE = dirname(fileURLToPath(import.meta.url));
const METHODS: Method[] = ['steady', 'perword', 'innertext'];
const BASELINE_NAME: Record<Exclude<Method, 'steady'>, string> = { perword: 'regex per word', innertext: 'innerText+regex' };

/** Fresh page loads per method and cell (median reported). */
const RUNS = 9;
const HUGE_RUNS = 5;
const FEED_RUNS = 9;
const FEED_ITEMS = 1000;
/** One frame at 60 Hz: the budget a feed batch is compared with. */
const FRAME_MS = 16.7;

const PAGES = {
  large: { seed: 101, text: 500_000 },
  huge: { seed: 202, text: 1_500_000 },
} as const;
type PageName = keyof typeof PAGES;
const LISTS = [10, 100, 1000] as const;
type ListSize = (typeof LISTS)[number];

interface Cell {
  page: PageName;
  list: ListSize;
  runs: number;
}

export interface WordsBenchDetails {
  pages: Record<PageName, { textLength: number; elements: number; htmlKiB: number; planted: number }>;
  cells: Array<{
    page: PageName;
    list: ListSize;
    method: Method;
    medianMs: number;
    minMs: number;
    maxMs: number;
    /** Median of each sub-step (steady: scan, title/alt; baselines: read text, regexes). */
    parts: number[];
    /** Median preparation at document_start (steady: compile; baselines: build and run each regex once). */
    prepareMs: number;
    hits: number;
    triggers: string[];
    /** Loads in which something had painted before DOMContentLoaded. */
    paintedBefore: number;
  }>;
  feed: { medianMs: number; minMs: number; maxMs: number; appendMs: number; roots: number; hits: number[] };
  /** The content script's path for blur lists: work left at DOMContentLoaded, reading while loading. */
  live: Array<{ list: ListSize; decideMs: number; loadingMs: number }>;
  /** Median first layout alone at DOMContentLoaded (with `layoutProbe`). */
  layout: Partial<Record<PageName, number>>;
  gzipKiB: number;
  crossOriginIsolated: boolean;
  /** Median wall time of one bench page load (open, load to DOMContentLoaded, close). */
  loadSeconds: number;
  totalSeconds: number;
}

async function bundle(entry: string, minify: boolean): Promise<string> {
  const out = await build({ entryPoints: [join(HERE, 'words', entry)], bundle: true, format: 'iife', write: false, minify });
  return out.outputFiles[0]!.text;
}

/** A JSON value safe to put inside <script>. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface WordsBenchOptions {
  runs?: number;
  hugeRuns?: number;
  feedRuns?: number;
  /**
   * Also time the first layout alone (`document.body.offsetHeight` at DOMContentLoaded, its own
   * fresh loads): how much of the innerText baseline is layout the browser would do anyway before
   * its first paint. Diagnostic, not a row.
   */
  layoutProbe?: boolean;
}

export async function runWordsBench(
  { runs = RUNS, hugeRuns = HUGE_RUNS, feedRuns = FEED_RUNS, layoutProbe = false }: WordsBenchOptions = {},
): Promise<{ rows: BenchResult[]; details: WordsBenchDetails }> {
  const started = Date.now();
  const scanner = await bundle('scanner-entry.ts', true);
  const harness = await bundle('harness.ts', true);

  // Test material (deterministic).
  const vocab = makeVocabulary();
  const tv = makeTriggerVocabulary(vocab);
  const lists: Record<ListSize, WordList> = {
    10: makeWordList(10, 31, tv, 1, false),
    100: makeWordList(100, 32, tv, 2, false),
    1000: makeWordList(1000, 33, tv, 5, true),
  };
  const plantedTerms = [...tv.present, tv.presentPhrase];
  const pages = Object.fromEntries(
    Object.entries(PAGES).map(([name, p]) => [name, generatePage(p.seed, p.text, plantsFor(plantedTerms, p.text, p.seed + 1), vocab)]),
  ) as Record<PageName, ReturnType<typeof generatePage>>;

  const html = new Map<string, string>();
  for (const name of Object.keys(PAGES) as PageName[]) {
    for (const size of LISTS) {
      const list = lists[size];
      const cfg: BenchConfig = { entries: list.entries, plain: list.plain, plainTrigger: list.plainTrigger };
      // `<link rel=expect blocking=render>`: no frame is rendered (no style, layout or paint) until
      // the end of the body is parsed, so DOMContentLoaded always finds a page not yet laid out —
      // the moment the bench is about. Without it, Chromium renders some frames while it parses a
      // big page, and how much is laid out at DOMContentLoaded varies from load to load.
      const head =
        `<meta charset="utf-8"><title>${pages[name].title}</title><link rel="expect" href="#end" blocking="render">` +
        `<style>${PAGE_CSS}</style><script>window.__benchConfig=${scriptJson(cfg)}</script><script>${harness}</script>`;
      html.set(
        `${name}/${size}`,
        `<!doctype html><html lang="en"><head>${head}</head><body>${pages[name].body}<div id="end"></div></body></html>`,
      );
    }
  }

  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const server = await startServer((url) => {
    if (url.pathname !== '/words') return undefined;
    const body = html.get(`${url.searchParams.get('page')}/${url.searchParams.get('list')}`);
    return body ? { body, headers } : { body: 'not found', status: 404 };
  });
  const urlFor = (page: PageName, list: ListSize, method: Method | Probe | 'none') =>
    `http://127.0.0.1:${server.port}/words?page=${page}&list=${list}&method=${method}`;

  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

  /** One fresh page (new context, so a new document and renderer) for one method. */
  const loadTimes: number[] = [];
  const loadOnce = async (url: string): Promise<DclResult> => {
    const t = Date.now();
    const page = await browser.newPage();
    try {
      // The result is recorded inside the DOMContentLoaded listener, before Playwright hears of it.
      // The page is closed right after: its first layout and paint are never waited for.
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const { result, error } = await page.evaluate(() => {
        const w = window as unknown as { __benchResult?: DclResult; __benchError?: string };
        return { result: w.__benchResult, error: w.__benchError };
      });
      if (error || !result) throw new Error(`words bench: no result from ${url}: ${error ?? 'missing'}`);
      return result;
    } finally {
      await page.context().close();
      loadTimes.push(Date.now() - t);
    }
  };

  try {
    const cells: Cell[] = [
      ...LISTS.map((list) => ({ page: 'large' as const, list, runs })),
      { page: 'huge', list: 1000, runs: hugeRuns },
    ];
    const results = new Map<string, DclResult[]>();
    const key = (c: Cell, m: Method) => `${c.page}/${c.list}/${m}`;

    // Warm the browser (fonts, process start-up) once per method; not recorded.
    for (const m of METHODS) await loadOnce(urlFor('large', 100, m));

    // Interleave cells and methods, rotating the method order, so machine noise hits all alike.
    const maxRuns = Math.max(...cells.map((c) => c.runs));
    for (let rep = 0; rep < maxRuns; rep++) {
      for (const cell of cells) {
        if (rep >= cell.runs) continue;
        for (let k = 0; k < METHODS.length; k++) {
          const m = METHODS[(rep + k) % METHODS.length]!;
          const r = await loadOnce(urlFor(cell.page, cell.list, m));
          const list = results.get(key(cell, m)) ?? [];
          list.push(r);
          results.set(key(cell, m), list);
        }
      }
    }

    const layout: Partial<Record<PageName, number>> = {};
    if (layoutProbe) {
      for (const cell of cells.filter((c) => c.list === 1000)) {
        const ms: number[] = [];
        for (let i = 0; i < cell.runs; i++) ms.push((await loadOnce(urlFor(cell.page, 1000, 'layout'))).ms);
        layout[cell.page] = round(median(ms));
      }
    }

    // The content script's own path for blur lists, on the large page (not compared: its work is
    // spread over the load).
    const live: WordsBenchDetails['live'] = [];
    for (const list of LISTS) {
      const rs: DclResult[] = [];
      for (let i = 0; i < runs; i++) rs.push(await loadOnce(urlFor('large', list, 'live')));
      const steadyTriggers = [...results.get(`large/${list}/steady`)![0]!.triggers].sort().join(',');
      for (const r of rs) {
        if ([...r.triggers].sort().join(',') !== steadyTriggers) {
          throw new Error(`words bench: the live path found ${r.triggers} with ${list} words; the scan found ${steadyTriggers}`);
        }
      }
      live.push({ list, decideMs: round(median(rs.map((r) => r.ms))), loadingMs: round(median(rs.map((r) => r.parts[0]!))) });
    }

    // Sanity: the three methods must agree on whether the page matches the list (same work), and
    // Steady and the per-word baseline on which triggers match.
    const details: WordsBenchDetails['cells'] = [];
    let isolated = true;
    for (const cell of cells) {
      const runsOf = (m: Method) => results.get(key(cell, m))!;
      const steadyTriggers = [...runsOf('steady')[0]!.triggers].sort().join(',');
      for (const m of METHODS) {
        const rs = runsOf(m);
        for (const r of rs) {
          isolated &&= r.crossOriginIsolated;
          if (!r.any) throw new Error(`words bench: ${m} found no match on the ${cell.page} page with ${cell.list} words (planted words missing)`);
          if (m === 'innertext') {
            if (!r.triggers.every((t) => steadyTriggers.split(',').includes(t))) {
              throw new Error(`words bench: innerText+regex matched ${r.triggers} on ${cell.page}/${cell.list}; Steady found ${steadyTriggers}`);
            }
          } else if ([...r.triggers].sort().join(',') !== steadyTriggers) {
            throw new Error(`words bench: ${m} matched triggers ${[...r.triggers].sort()} on ${cell.page}/${cell.list}; Steady found ${steadyTriggers}`);
          }
        }
        const ms = rs.map((r) => r.ms);
        details.push({
          page: cell.page,
          list: cell.list,
          method: m,
          medianMs: round(median(ms)),
          minMs: round(Math.min(...ms)),
          maxMs: round(Math.max(...ms)),
          parts: rs[0]!.parts.map((_, i) => round(median(rs.map((r) => r.parts[i]!)))),
          prepareMs: round(median(rs.map((r) => r.prepareMs))),
          hits: rs[0]!.hits,
          triggers: rs[0]!.triggers,
          paintedBefore: rs.filter((r) => r.paintsBefore > 0).length,
        });
      }
    }
    const steadyRun = (page: PageName) => results.get(`${page}/1000/steady`)![0]!;

    // Feed: a loaded, laid-out page; the person's 1,000 words; batches of 1,000 appended posts.
    const feedPage = await browser.newPage();
    let feed: WordsBenchDetails['feed'];
    try {
      await feedPage.goto(urlFor('large', 1000, 'none'), { waitUntil: 'load' });
      await feedPage.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
      const entries = lists[1000].entries;
      await feedPage.evaluate((e) => (window as unknown as { __benchFeed: { setup(x: unknown): number } }).__benchFeed.setup(e), entries);
      const feedPlants = [tv.present[0]!, tv.present[1]!, tv.presentPhrase];
      const batches: FeedBatchResult[] = [];
      for (let i = 0; i < feedRuns; i++) {
        const batchHtml = generateFeedBatch(900 + i, FEED_ITEMS, feedPlants, vocab);
        const r = await feedPage.evaluate(
          (h) => (window as unknown as { __benchFeed: { batch(x: string): Promise<FeedBatchResult> } }).__benchFeed.batch(h),
          batchHtml,
        );
        if (r.roots !== FEED_ITEMS) throw new Error(`words bench: feed batch scanned ${r.roots} roots, expected ${FEED_ITEMS}`);
        if (r.hits < 1) throw new Error('words bench: feed batch found none of its planted words');
        batches.push(r);
      }
      const ms = batches.map((b) => b.handleMs);
      feed = {
        medianMs: median(ms),
        minMs: round(Math.min(...ms)),
        maxMs: round(Math.max(...ms)),
        appendMs: round(median(batches.map((b) => b.appendMs))),
        roots: FEED_ITEMS,
        hits: batches.map((b) => b.hits),
      };
    } finally {
      await feedPage.context().close();
    }

    const med = (page: PageName, list: ListSize, m: Method) => details.find((d) => d.page === page && d.list === list && d.method === m)!.medianMs;
    const rows: BenchResult[] = [];
    for (const list of LISTS) {
      for (const b of ['perword', 'innertext'] as const) {
        rows.push(compare(`scan ${list} words vs ${BASELINE_NAME[b]}`, med('large', list, 'steady'), 'ms', med('large', list, b)));
      }
    }
    for (const b of ['perword', 'innertext'] as const) {
      rows.push(compare(`scan 1000 words vs ${BASELINE_NAME[b]} (1.5 MB page)`, med('huge', 1000, 'steady'), 'ms', med('huge', 1000, b)));
    }
    rows.push(compare(`feed batch of ${FEED_ITEMS} items`, feed.medianMs, 'ms', FRAME_MS));
    for (const l of live) {
      rows.push({ name: `blur lists as the page loads, ${l.list} words: reading while loading`, value: l.loadingMs, unit: 'ms' });
      rows.push({ name: `blur lists as the page loads, ${l.list} words: left at DOMContentLoaded`, value: l.decideMs, unit: 'ms' });
    }
    // Not in the scan rows above: compiling happens once the preferences arrive, at document_start.
    for (const list of LISTS) {
      const prep = details.find((d) => d.page === 'large' && d.list === list && d.method === 'steady')!.prepareMs;
      rows.push({ name: `compile ${list} words (at document_start, before the scan)`, value: prep, unit: 'ms' });
    }
    const gzipKiB = round(gzipSync(scanner, { level: 9 }).length / 1024);
    rows.push({ name: 'word scanner (gzip)', value: gzipKiB, unit: 'KiB' });

    const pageStats = (name: PageName) => ({
      textLength: steadyRun(name).textLength,
      elements: steadyRun(name).elements,
      htmlKiB: round(html.get(`${name}/1000`)!.length / 1024),
      planted: pages[name].planted,
    });
    return {
      rows,
      details: {
        pages: { large: pageStats('large'), huge: pageStats('huge') },
        cells: details,
        live,
        feed: { ...feed, medianMs: round(feed.medianMs) },
        layout,
        gzipKiB,
        crossOriginIsolated: isolated,
        loadSeconds: round(median(loadTimes) / 1000),
        totalSeconds: round((Date.now() - started) / 1000),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchWords(): Promise<BenchResult[]> {
  return (await runWordsBench()).rows;
}
