// What a page pays for Steady: main-thread time added to a real page load, read from the renderer's
// own counters (CDP Performance.getMetrics, TaskDuration, in thread time), against the way the
// simplest keyword blocker works, each in the setting it really runs in:
//   - none: Chromium with no extension at all;
//   - Steady (the test build, every .test host granted): word lists of 10, 100 and 1,000 words
//     found nowhere on the page (the pure price of looking), the same lists with words present,
//     a chosen site already continued this session (cover, read, decide, remove), and a page where
//     the person set nothing (no script runs: the price of having an extension at all);
//   - keyword blocker: an extension the bench writes, which does what the common blocker does: at
//     document_idle, the title plus document.body.innerText, one case-insensitive alternation regex;
//   - before-paint blocker: the same extension's other script, which keeps Steady's promise the common
//     way: from document_start, a MutationObserver puts every added node's text through that regex.
// Pages: a long article, a feed, a table-heavy wiki page, a 100,000-node page, and the article again
// arriving in 40 parts over a second (as over a network).
// Each configuration has its own host, so one browser per setting serves them all; every load is a
// fresh tab, configurations are alternated within each round, and each figure is the median over
// rounds of (that load's main-thread time − the median of the same page's loads where that browser
// runs no script: Steady's on a host where nothing is set, the blocker's on a host none of its
// scripts match), so no figure carries the difference between two browser instances. Against a
// separate browser with no extension, the blocker came out 16–34 ms cheaper than nothing at all in
// one run and 10–31 ms dearer in the next two: the task-time rows are that noisy (see README).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, launchSteady, setPrefs, setSession, site, wordList } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server';
import { compare, median, round, type BenchResult } from './types';

const ROUNDS = Number(process.env.STEADY_BENCH_ROUNDS ?? 5);
const STEADY_ZERO = 'Steady, nothing set here';
const BLOCKER_ZERO = 'keyword blocker, nothing matched here';
const SIZES = [10, 100, 1000] as const;
type Size = (typeof SIZES)[number];
/** Words the pages hold, used for the "words present" lists. */
const PRESENT = ['ambulance', 'hospital', 'funeral'];

// --- Pages: several shapes a person really opens, generated (no network) -------------------------

const sentence = (i: number) => `An ordinary sentence ${i % 97} about the weather, the market, the river and the town hall.`;
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body{font:16px/1.5 system-ui;max-width:46rem;margin:auto}</style></head><body>${body}</body></html>`;
const plant = (i: number) => (i % 400 === 7 ? ` The ${PRESENT[i % PRESENT.length]} was mentioned.` : '');

export const PAGES: Record<string, string> = {
  // A long article: one story, many paragraphs (about 400 KB of text).
  article: doc('A long article', `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>The long read</h1>${Array.from({ length: 2400 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 1)}${plant(i)}</p>`).join('')}</article></main><footer><p>About us</p></footer>`),
  // A feed: many short posts with names, text and links.
  feed: doc('A feed', `<main role="feed">${Array.from({ length: 1500 }, (_, i) => `<article class="post"><div class="who"><a href="/u${i}">User ${i}</a></div><div class="text"><p>${sentence(i)}${plant(i)}</p></div><div class="actions"><a href="#">Reply</a> <a href="#">Share</a></div></article>`).join('')}</main>`),
  // A table-heavy wiki page.
  wiki: doc('A wiki page', `<main><h1>Statistics</h1>${Array.from({ length: 60 }, (_, t) => `<h2>Table ${t}</h2><p>${sentence(t)}</p><table><tbody>${Array.from({ length: 40 }, (_, r) => `<tr><td>${1900 + r}</td><td>${sentence(t * 40 + r)}${plant(t * 40 + r)}</td><td>${r * 17}</td></tr>`).join('')}</tbody></table>`).join('')}</main>`),
  // About 100,000 nodes: deep div soup with short text.
  nodes: doc('A big app page', `<div id="app">${Array.from({ length: 8000 }, (_, i) => `<div class="row"><div class="cell"><span>Item ${i}</span> <em>${i % 5 ? 'calm' : 'quiet'} words${plant(i)}</em></div><div class="meta"><span>${i}</span></div></div>`).join('')}</div>`),
};

/**
 * The long article again, as it arrives over a real network: in 40 parts over a second. Steady
 * reads a page as it arrives, so this is where a cost per part (or per frame) would show.
 */
const ARRIVING = 'article-arriving';
const SHAPES = [...Object.keys(PAGES), ARRIVING];

// --- Word lists ----------------------------------------------------------------------------------

/** Pronounceable words that are on no page (the pure price of looking). */
export function absentWords(n: number): string[] {
  const syllables = ['vel', 'mor', 'quin', 'zar', 'tol', 'bry', 'sk', 'orn', 'ulf', 'dax'];
  return Array.from({ length: n }, (_, i) => `${syllables[i % 10]}${syllables[Math.floor(i / 10) % 10]}${syllables[Math.floor(i / 100) % 10]}qx`);
}
const presentWords = (n: number) => [...PRESENT, ...absentWords(n - PRESENT.length)];

// --- The keyword-blocker method, as an extension ---------------------------------------------------
// A real blocker's words are the person's, chosen in its options page: its page script reads them
// from extension storage on every load, as Steady reads its lists (the words are never in its code).

/**
 * A blocker page script: its words from storage (nothing to do without any), the one
 * case-insensitive alternation of them as `re`, then `body`.
 */
const withStoredWords = (key: string, body: string) => `(() => {
        chrome.storage.local.get(${JSON.stringify(key)}, (stored) => {
          const words = stored[${JSON.stringify(key)}];
          if (!words || words.length === 0) return;
          const escape = (w) => w.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
          const re = new RegExp('\\\\b(?:' + words.map(escape).join('|') + ')\\\\b', 'i');
          ${body}
        });
      })();`;

/** What the common blocker does: its words from storage, then the page's rendered text through one alternation, case-insensitive. */
export const blockerScript = (key: string) =>
  withStoredWords(key, `if (re.test(document.title + '\\n' + document.body.innerText)) document.documentElement.style.display = 'none';`);

/** The blocker's background: puts the lists where its page scripts read them (as its options page would). */
export const blockerBackground = (lists: Record<string, readonly string[]>) =>
  `chrome.runtime.onInstalled.addListener(() => chrome.storage.local.set(${JSON.stringify(lists)}));`;

/** The blocker's manifest: its page scripts, its background, and storage. */
export const blockerManifest = (name: string, contentScripts: object[]) =>
  JSON.stringify({ manifest_version: 3, name, version: '1.0', permissions: ['storage'], background: { service_worker: 'background.js' }, content_scripts: contentScripts });

/** Resolves once the blocker's background has stored its lists (before any load is measured). */
export async function blockerReady(context: BrowserContext, keys: readonly string[]): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 100; i++) {
    const stored = (await worker.evaluate(`chrome.storage.local.get(${JSON.stringify(keys)}).then((got) => Object.keys(got).length)`)) as number;
    if (stored === keys.length) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the keyword-blocker extension never stored its word lists');
}

function writeBlocker(): string {
  const dir = join(tmpdir(), `steady-bench-blocker-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const scripts = SIZES.flatMap((n) => [
    { matches: [`*://blocker${n}.test/*`], js: [`blocker${n}.js`], run_at: 'document_idle' },
    { matches: [`*://painter${n}.test/*`], js: [`painter${n}.js`], run_at: 'document_start' },
  ]);
  writeFileSync(join(dir, 'manifest.json'), blockerManifest('Keyword blocker (bench)', scripts));
  writeFileSync(join(dir, 'background.js'), blockerBackground(Object.fromEntries(SIZES.map((n) => [`words${n}`, absentWords(n)]))));
  for (const n of SIZES) {
    writeFileSync(join(dir, `blocker${n}.js`), blockerScript(`words${n}`));
    // What the common filter that hides before paint does (as Steady promises to): from
    // document_start, its words from storage, then what is already there and every added node's
    // text through the same regex, the element hidden on a match.
    writeFileSync(
      join(dir, `painter${n}.js`),
      withStoredWords(
        `words${n}`,
        `const check = (node) => {
            const el = node.nodeType === 1 ? node : node.parentElement;
            if (el && re.test(node.textContent)) el.style.display = 'none';
          };
          if (document.documentElement) check(document.documentElement);
          new MutationObserver((records) => {
            for (const record of records) for (const node of record.addedNodes) check(node);
          }).observe(document, { childList: true, subtree: true });`,
      ),
    );
  }
  return dir;
}

// --- Measuring one load ----------------------------------------------------------------------------

/** One load's main-thread time, and the part of it that was script (every world's). */
export interface LoadCost {
  task: number;
  script: number;
}

export async function mainThreadMs(context: BrowserContext, url: string): Promise<LoadCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    // Enabled before the navigation, so the counters cover the whole load of the new document.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    await page.goto(url, { waitUntil: 'load' });
    // document_idle scripts and Steady's late work (after DOMContentLoaded) have run by now.
    await page.waitForTimeout(400);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    return { task: ms('TaskDuration'), script: ms('ScriptDuration') };
  } finally {
    await page.close();
  }
}

export interface PageCostDetails {
  rounds: number;
  /** page → configuration → added main-thread ms (median over rounds). */
  added: Record<string, Record<string, number>>;
  /** page → median main-thread ms with no extension. */
  none: Record<string, number>;
  /** page → configuration → script ms of the load (median over rounds; every world, the page's own too). */
  script: Record<string, Record<string, number>>;
}

export async function benchPageCost(): Promise<{ results: BenchResult[]; details: PageCostDetails }> {
  const server = await startServer((url) => {
    const name = url.pathname.slice(1);
    if (name === ARRIVING) return { body: PAGES.article!, parts: 40, gapMs: 25 };
    const body = PAGES[name];
    return body ? { body } : undefined;
  });
  const plain = await chromium.launchPersistentContext(join(tmpdir(), `steady-bench-plain-${process.pid}`), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--host-resolver-rules=MAP *.test 127.0.0.1:${server.port}`],
  });
  const blockerDir = writeBlocker();
  const blocker = await chromium.launchPersistentContext(join(tmpdir(), `steady-bench-blocker-profile-${process.pid}`), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--disable-extensions-except=${blockerDir}`, `--load-extension=${blockerDir}`, `--host-resolver-rules=MAP *.test 127.0.0.1:${server.port}`],
  });
  const steady = await launchSteady({ serverPort: server.port });
  try {
    await blockerReady(blocker, SIZES.map((n) => `words${n}`));
    await setPrefs(steady, {
      sites: [site('site.test')],
      triggers: [
        ...SIZES.map((n) => wordList(`absent${n}`, absentWords(n), 'blur', [`absent${n}.test`])),
        ...SIZES.map((n) => wordList(`present${n}`, presentWords(n), 'blur', [`present${n}.test`])),
      ],
      pause: { frequency: 'once-per-session' },
    });
    await setSession(steady, { continued: { 'site-test': Date.now() }, shownAt: {}, snoozedUntil: {}, waitStartedAt: {} });

    const configs: Array<[string, BrowserContext, string]> = [
      ['none', plain, 'none.test'],
      ...SIZES.map((n) => [`blur ${n} words`, steady.context, `absent${n}.test`] as [string, BrowserContext, string]),
      ...SIZES.map((n) => [`blur ${n} words, present`, steady.context, `present${n}.test`] as [string, BrowserContext, string]),
      ...SIZES.map((n) => [`keyword blocker ${n} words`, blocker, `blocker${n}.test`] as [string, BrowserContext, string]),
      ...SIZES.map((n) => [`before-paint blocker ${n} words`, blocker, `painter${n}.test`] as [string, BrowserContext, string]),
      ['chosen site continued', steady.context, 'site.test'],
      // Steady installed, on a page where the person set nothing: what having it costs elsewhere,
      // and the zero every other Steady figure is measured from.
      [STEADY_ZERO, steady.context, 'idle.test'],
      // The blocker's browser on a host none of its scripts match: the zero of the blocker's figures.
      [BLOCKER_ZERO, blocker, 'quiet.test'],
    ];
    // What each configuration is measured from: its browser doing nothing (the zeros themselves, from no extension).
    const zeroOf = new Map(
      configs.map(([name, context]) => [name, name === STEADY_ZERO || name === BLOCKER_ZERO || context === plain ? 'none' : context === steady.context ? STEADY_ZERO : BLOCKER_ZERO]),
    );
    const samples: Record<string, Record<string, LoadCost[]>> = {};
    // One warm-up load of each, so no configuration pays the browser's own first-load costs.
    for (const [, context, host] of configs) await mainThreadMs(context, `http://${host}/article`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of SHAPES) {
        // Rotate the order each round so drift in the machine hits every configuration alike.
        const order = configs.map((_, i) => configs[(i + round) % configs.length]!);
        for (const [name, context, host] of order) {
          ((samples[page] ??= {})[name] ??= []).push(await mainThreadMs(context, `http://${host}/${page}`));
        }
      }
    }

    const none: Record<string, number> = {};
    const added: Record<string, Record<string, number>> = {};
    const script: Record<string, Record<string, number>> = {};
    for (const page of SHAPES) {
      const taskOf = (name: string) => median(samples[page]![name]!.map((c) => c.task));
      none[page] = taskOf('none');
      added[page] = Object.fromEntries(
        configs
          .filter(([name]) => name !== 'none')
          .map(([name]) => {
            const zero = taskOf(zeroOf.get(name)!);
            return [name, round(median(samples[page]![name]!.map((c) => c.task - zero)))];
          }),
      );
      script[page] = Object.fromEntries(configs.map(([name]) => [name, round(median(samples[page]![name]!.map((c) => c.script)))]));
    }
    // Over all pages: the median of the per-page figures.
    const overall = (name: string) => median(SHAPES.map((page) => added[page]![name]!));
    const results: BenchResult[] = [];
    for (const n of SIZES) {
      results.push(compare(`added main-thread ms, blur ${n} words vs keyword-blocker method`, Math.max(overall(`blur ${n} words`), 0.01), 'ms', overall(`keyword blocker ${n} words`)));
    }
    // Script time alone (every world's, read from the same counters) moves far less from load to load
    // than the whole task time, which carries the page's own layout chunking: a steadier second view.
    const scriptOverall = (name: string) => median(SHAPES.map((page) => script[page]![name]! - script[page]![zeroOf.get(name)!]!));
    for (const n of SIZES) {
      results.push(compare(`script ms, blur ${n} words vs keyword-blocker method`, Math.max(scriptOverall(`blur ${n} words`), 0.01), 'ms', scriptOverall(`keyword blocker ${n} words`)));
    }
    // The same promise as Steady's (nothing shown before it is checked), the common way: a second view.
    for (const n of SIZES) {
      results.push(compare(`script ms, blur ${n} words vs before-paint blocker (MutationObserver)`, Math.max(scriptOverall(`blur ${n} words`), 0.01), 'ms', scriptOverall(`before-paint blocker ${n} words`)));
    }
    for (const n of SIZES) results.push({ name: `added main-thread ms, blur ${n} words present (veiling)`, value: round(overall(`blur ${n} words, present`)), unit: 'ms' });
    results.push({ name: 'added main-thread ms, chosen site already continued', value: round(overall('chosen site continued')), unit: 'ms' });
    results.push({ name: 'added main-thread ms, Steady installed, a page where nothing is set (vs a browser with no extension)', value: round(overall(STEADY_ZERO)), unit: 'ms' });
    results.push({ name: 'added main-thread ms, keyword blocker installed, a page none of its scripts match (vs a browser with no extension)', value: round(overall(BLOCKER_ZERO)), unit: 'ms' });
    results.push({ name: 'main-thread ms of the pages with no extension (median of the five page shapes)', value: round(median(Object.values(none))), unit: 'ms' });
    return { results, details: { rounds: ROUNDS, added, none, script } };
  } finally {
    await steady.close();
    await blocker.close();
    await plain.close();
    await server.close();
  }
}
