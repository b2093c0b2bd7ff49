/**
 * In-page side of the word-scanner bench (bundled by esbuild into an IIFE and inlined into the
 * page's <head>). Not part of the extension.
 *
 * Each page runs ONE method (chosen by `?method=` so each method gets a fresh page load), in two steps:
 *   prepare  when the page starts (this script sits in <head>: document_start), as the content script
 *            compiles the person's lists as soon as their preferences arrive, long before the page is
 *            parsed. Timed separately (`prepareMs`), not part of the row.
 *   decide   at DOMContentLoaded — the moment the content script decides, before the page's first
 *            layout. This is the timed figure (`ms`).
 *   steady     prepare: compileMatcher. decide: scanForMatches(document.body) + findInPageTextSources
 *   perword    baseline (a). prepare: one `\b…\b`/i regex per word, each run once so V8 compiles it.
 *              decide: title + body.textContent, every regex over it
 *   innertext  baseline (b). prepare: one `\b(?:…)\b`/i alternation (LeechBlock), run once.
 *              decide: title + body.innerText, the alternation over it
 *
 * `window.__benchFeed` measures a later feed batch on a loaded, laid-out page: a MutationObserver
 * like the content script's (lib/content/watch-words.ts: added nodes → scan roots → scanForMatches
 * with a shared block cache), timed from the end of the append call (the mutation records' task) to
 * the end of the observer callback (the microtask that handles them).
 */
import { watchWords } from '../../lib/content/watch-words';
import type { Trigger } from '../../lib/prefs/schema';
import { compileMatcher, type Matcher, type TriggerWords } from '../../lib/words/matcher';
import { mutationRoots } from '../../lib/words/mutation-roots';
import { findInPageTextSources, scanForMatches, scanRoots } from '../../lib/words/scan';

export type Method = 'steady' | 'perword' | 'innertext';
/**
 * Not compared with the baselines:
 *   layout  the page's first style + layout pass alone (`document.body.offsetHeight`);
 *   live    the content script's own path for blur lists (lib/content/watch-words.ts): the page is
 *           read batch by batch while it loads; at DOMContentLoaded only the title and alt text are
 *           left. `ms` = the work left at DOMContentLoaded, parts = [all the reading while loading].
 */
export type Probe = 'layout' | 'live';

export interface BenchConfig {
  entries: TriggerWords[];
  plain: string[];
  plainTrigger: number[];
}

export interface DclResult {
  method: Method | Probe;
  /** Time of the decision step, at DOMContentLoaded. */
  ms: number;
  /** Time of the preparation at document_start (compiling the words / building the regexes). */
  prepareMs: number;
  /** Sub-steps of the decision: steady = [scan, title/alt]; baselines = [read text, regexes]. */
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

type Decided = Omit<DclResult, 'prepareMs' | 'paintsBefore' | 'textLength' | 'elements' | 'crossOriginIsolated'>;
/** A method: prepare at document_start, returns its decision step (run at DOMContentLoaded). */
type Prepare = (cfg: BenchConfig) => () => Decided;

const prepareSteady: Prepare = (cfg) => {
  const matcher = compileMatcher(cfg.entries);
  return () => {
    const t0 = now();
    const matches = scanForMatches(document.body, matcher, { isOwnUi });
    const t1 = now();
    const sources = findInPageTextSources(document, matcher);
    const t2 = now();
    const triggers = new Set<string>(sources);
    for (const m of matches) triggers.add(m.triggerId);
    return { method: 'steady', ms: t2 - t0, parts: [t1 - t0, t2 - t1], any: triggers.size > 0, triggers: [...triggers], hits: matches.length };
  };
};

const preparePerWord: Prepare = (cfg) => {
  const regexes = cfg.plain.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i'));
  for (const re of regexes) re.test('');
  return () => {
    const t0 = now();
    const text = `${document.title}\n${document.body.textContent ?? ''}`;
    const t1 = now();
    const found = new Set<string>();
    let hits = 0;
    for (let i = 0; i < regexes.length; i++) {
      if (regexes[i]!.test(text)) {
        hits++;
        found.add(cfg.entries[cfg.plainTrigger[i]!]!.id);
      }
    }
    const t2 = now();
    return { method: 'perword', ms: t2 - t0, parts: [t1 - t0, t2 - t1], any: found.size > 0, triggers: [...found], hits };
  };
};

const prepareInnerText: Prepare = (cfg) => {
  const re = new RegExp(`\\b(?:${cfg.plain.map(escapeRegExp).join('|')})\\b`, 'i');
  re.exec('');
  return () => {
    const t0 = now();
    const text = `${document.title}\n${document.body.innerText}`;
    const t1 = now();
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
  };
};

const prepareLayout: Prepare = () => () => {
  const t0 = now();
  void document.body.offsetHeight;
  const t1 = now();
  return { method: 'layout', ms: t1 - t0, parts: [t1 - t0], any: false, triggers: [], hits: 0 };
};

const prepareLive: Prepare = (cfg) => {
  let loadingMs = 0;
  let hits = 0;
  const found = new Set<string>();
  // Time every callback of the watcher's observer (it is created inside watchWords).
  const Native = window.MutationObserver;
  window.MutationObserver = class extends Native {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        const t = now();
        callback(records, observer);
        loadingMs += now() - t;
      });
    }
  };
  const triggers = cfg.entries.map((e) => ({ id: e.id, label: e.id, words: [...e.words], action: 'blur' }) as unknown as Trigger);
  const onMatch = (trigger: Trigger) => {
    hits++;
    found.add(trigger.id);
  };
  const watch = watchWords(document, { triggers, isOwnUi, onMatch });
  window.MutationObserver = Native;
  const t0 = now();
  watch.scan(document.documentElement);
  loadingMs += now() - t0;
  return () => {
    const t1 = now();
    watch.scanSources();
    const t2 = now();
    watch.stop();
    return { method: 'live', ms: t2 - t1, parts: [loadingMs], any: found.size > 0, triggers: [...found], hits };
  };
};

const METHODS: Record<Method | Probe, Prepare> = {
  steady: prepareSteady,
  perword: preparePerWord,
  innertext: prepareInnerText,
  layout: prepareLayout,
  live: prepareLive,
};
const method = new URLSearchParams(location.search).get('method');
const cfg = win.__benchConfig;
const prepare = method !== null && Object.hasOwn(METHODS, method) ? METHODS[method as Method | Probe] : undefined;
if (cfg && prepare) {
  const p0 = now();
  const decide = prepare(cfg);
  const prepareMs = now() - p0;
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      try {
        const paintsBefore = performance.getEntriesByType('paint').length;
        const result = decide();
        win.__benchResult = {
          ...result,
          prepareMs,
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
