/**
 * In-page side of the word-scanner bench (bundled by esbuild into an IIFE and inlined into the
 * page's <head>). Not part of the extension.
 *
 * At DOMContentLoaded — the moment the content script decides, before the page's first layout — it
 * runs ONE method (chosen by `?method=` so each method gets a fresh page load) and records the time:
 *   steady     compileMatcher + scanForMatches(document.body) + findInPageTextSources(document)
 *   perword    baseline (a): one `\b…\b`/i regex per word over title + body.textContent
 *   innertext  baseline (b): title + body.innerText, one `\b(?:…)\b`/i alternation (LeechBlock)
 * Construction of matcher / regexes is included in every method's time.
 *
 * `window.__benchFeed` measures a later feed batch on a loaded, laid-out page: a MutationObserver
 * like the content script's (lib/content/watch-words.ts: added nodes → scan roots → scanForMatches
 * with a shared block cache), timed from the end of the append call (the mutation records' task) to
 * the end of the observer callback (the microtask that handles them).
 */
import { compileMatcher, type Matcher, type TriggerWords } from '../../lib/words/matcher';
import { mutationRoots } from '../../lib/words/mutation-roots';
import { findInPageTextSources, scanForMatches, scanRoots } from '../../lib/words/scan';

export type Method = 'steady' | 'perword' | 'innertext';
/** Diagnostic only: the page's first style + layout pass alone (`document.body.offsetHeight`). */
export type Probe = 'layout';

export interface BenchConfig {
  entries: TriggerWords[];
  plain: string[];
  plainTrigger: number[];
}

export interface DclResult {
  method: Method | Probe;
  /** Total time of the method. */
  ms: number;
  /** Sub-steps: steady = [compile, scan, title/alt]; baselines = [read text, regexes]. */
  parts: number[];
  /** Whether anything matched. */
  any: boolean;
  /** Trigger ids found (baseline b: the trigger of its first match only). */
  triggers: string[];
  /** Number of (trigger, block) results (steady) / matching words (a) / 0 or 1 (b). */
  hits: number;
  /** Paint entries already recorded when DOMContentLoaded ran (0 = nothing painted yet). */
  paintsBefore: number;
  textLength: number;
  elements: number;
  crossOriginIsolated: boolean;
}

export interface FeedBatchResult {
  appendMs: number;
  handleMs: number;
  roots: number;
  hits: number;
}

interface BenchWindow {
  __benchConfig?: BenchConfig;
  __benchResult?: DclResult;
  __benchError?: string;
  __benchFeed?: {
    setup(entries: TriggerWords[]): number;
    batch(html: string): Promise<FeedBatchResult>;
  };
}

const win = window as unknown as BenchWindow;
const now = () => performance.now();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the content script passes: a set lookup per element (Steady's own UI is never scanned). */
const ownUi = new Set<Element>();
const isOwnUi = (el: Element) => ownUi.has(el);

function runSteady(cfg: BenchConfig): Omit<DclResult, 'paintsBefore' | 'textLength' | 'elements' | 'crossOriginIsolated'> {
  const t0 = now();
  const matcher = compileMatcher(cfg.entries);
  const t1 = now();
  const matches = scanForMatches(document.body, matcher, { isOwnUi });
  const t2 = now();
  const sources = findInPageTextSources(document, matcher);
  const t3 = now();
  const triggers = new Set<string>(sources);
  for (const m of matches) triggers.add(m.triggerId);
  return { method: 'steady', ms: t3 - t0, parts: [t1 - t0, t2 - t1, t3 - t2], any: triggers.size > 0, triggers: [...triggers], hits: matches.length };
}

function runPerWord(cfg: BenchConfig): ReturnType<typeof runSteady> {
  const t0 = now();
  const text = `${document.title}\n${document.body.textContent ?? ''}`;
  const t1 = now();
  const found = new Set<string>();
  let hits = 0;
  for (let i = 0; i < cfg.plain.length; i++) {
    const re = new RegExp(`\\b${escapeRegExp(cfg.plain[i]!)}\\b`, 'i');
    if (re.test(text)) {
      hits++;
      found.add(cfg.entries[cfg.plainTrigger[i]!]!.id);
    }
  }
  const t2 = now();
  return { method: 'perword', ms: t2 - t0, parts: [t1 - t0, t2 - t1], any: found.size > 0, triggers: [...found], hits };
}

function runInnerText(cfg: BenchConfig): ReturnType<typeof runSteady> {
  const t0 = now();
  const text = `${document.title}\n${document.body.innerText}`;
  const t1 = now();
  const re = new RegExp(`\\b(?:${cfg.plain.map(escapeRegExp).join('|')})\\b`, 'i');
  const m = re.exec(text);
  const t2 = now();
  const triggers: string[] = [];
  if (m) {
    // Outside the timing: which trigger the first match belongs to (for the bench's sanity check).
    const lower = m[0].toLowerCase();
    const i = cfg.plain.findIndex((w) => w.toLowerCase() === lower);
    triggers.push(i >= 0 ? cfg.entries[cfg.plainTrigger[i]!]!.id : `?${lower}`);
  }
  return { method: 'innertext', ms: t2 - t0, parts: [t1 - t0, t2 - t1], any: m !== null, triggers, hits: m ? 1 : 0 };
}

function runLayout(): ReturnType<typeof runSteady> {
  const t0 = now();
  void document.body.offsetHeight;
  const t1 = now();
  return { method: 'layout', ms: t1 - t0, parts: [t1 - t0], any: false, triggers: [], hits: 0 };
}

const RUNNERS: Record<Method | Probe, (cfg: BenchConfig) => ReturnType<typeof runSteady>> = {
  steady: runSteady,
  perword: runPerWord,
  innertext: runInnerText,
  layout: runLayout,
};
const method = new URLSearchParams(location.search).get('method');
const cfg = win.__benchConfig;
const run = method !== null && Object.hasOwn(RUNNERS, method) ? RUNNERS[method as Method | Probe] : undefined;
if (cfg && run) {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      try {
        const paintsBefore = performance.getEntriesByType('paint').length;
        const result = run(cfg);
        win.__benchResult = {
          ...result,
          paintsBefore,
          // Page statistics, read after the timing (textContent of the body: all text nodes).
          textLength: document.body.textContent?.length ?? 0,
          elements: document.getElementsByTagName('*').length,
          crossOriginIsolated: self.crossOriginIsolated,
        };
      } catch (e) {
        win.__benchError = String(e instanceof Error ? e.stack : e);
      }
      // Done: spare the renderer the page's first layout (the bench closes the page next, and a
      // renderer busy laying out 10,000+ elements makes closing slow).
      document.documentElement.style.display = 'none';
    },
    { once: true },
  );
}

// ---------------------------------------------------------------------------------------------
// Feed batches

let feedMatcher: Matcher | null = null;
const blockCache = new Map<Element, Element | null>();
let armed: { t0: number; appendMs: number; done: (r: FeedBatchResult) => void } | null = null;

const observer = new MutationObserver((records) => {
  // The same batch handling as lib/content/watch-words.ts: its root rule and one scanRoots call.
  const roots = mutationRoots(records);
  const scanned = roots.length;
  const hits = feedMatcher ? scanRoots(roots, feedMatcher, { isOwnUi, blockCache }).length : 0;
  const end = now();
  if (armed) {
    const a = armed;
    armed = null;
    a.done({ appendMs: a.appendMs, handleMs: end - a.t0, roots: scanned, hits });
  }
});

win.__benchFeed = {
  /** Compile the words and scan the page once, as the content script did at DOMContentLoaded. */
  setup(entries) {
    feedMatcher = compileMatcher(entries);
    const n = scanForMatches(document.body, feedMatcher, { isOwnUi, blockCache }).length;
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    return n;
  },
  /** Append a batch of posts (parsed beforehand, outside the timing) and time its handling. */
  batch(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    const fragment = tpl.content;
    const feed = document.querySelector('.feed') ?? document.body;
    const wrapper = document.createElement('div');
    wrapper.className = 'feed-more';
    feed.append(wrapper);
    return new Promise<FeedBatchResult>((resolve) => {
      // Let the wrapper's own mutation record go through (and the page settle) first.
      setTimeout(() => {
        const before = now();
        armed = {
          t0: 0,
          appendMs: 0,
          done: (r) => {
            // Remove the batch (outside the timing) so every batch lands on the same page.
            wrapper.remove();
            requestAnimationFrame(() => setTimeout(() => resolve(r)));
          },
        };
        wrapper.append(fragment);
        const t0 = now();
        armed.t0 = t0;
        armed.appendMs = t0 - before;
      });
    });
  },
};
