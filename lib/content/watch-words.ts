import type { Trigger } from '../prefs/schema';
import { mutationRoots } from '../words/mutation-roots';
import { compileMatcher } from '../words/matcher';
import { inPagePart } from '../words/page-parts';
import { followParser, type ParserFollow } from '../words/parser-follow';
import { findInPageTextSources, scanRoots, textMayMatch } from '../words/scan';
import { endingsLanguage } from '../words/word-endings';
import { knownTokens, matcherWithKnownTokens, wordsOnPage } from '../words/word-index';

export interface WordWatchOptions {
  triggers: readonly Trigger[];
  /** The background's word index (lib/words/word-index.ts), if any: spares the page compiling the words up front. */
  wordIndex?: unknown;
  isOwnUi: (el: Element) => boolean;
  onMatch: (trigger: Trigger, block: Element | null) => void;
  /** Follow changes from the start (default true); false: only once `observe()` is called. */
  observe?: boolean;
  /** While the page loads, read the parser's work once per frame (see parser-follow.ts), and observe changes once it is parsed. */
  frames?: Pick<Window, 'requestAnimationFrame'>;
}

export interface WordWatch {
  /** Scans what the page holds already (while it loads, from then on frame by frame until it is parsed). */
  scanExisting(): void;
  /** Scans the document title and image text alternatives (they count toward a page pause). */
  scanSources(): void;
  /** Scans everything under `root` now. */
  scan(root: Node): void;
  /** Starts following changes (when created with `observe: false`). */
  observe(): void;
  stop(): void;
}

/**
 * Finds the person's words in the page as it arrives: the parser's additions while loading and
 * later content (infinite feeds, single-page apps) come through one MutationObserver, whose batch
 * is handled before the browser paints it. Only the added subtrees are scanned, never the whole
 * page again.
 */
export function watchWords(doc: Document, { triggers, wordIndex, isOwnUi, onMatch, observe = true, frames }: WordWatchOptions): WordWatch {
  const language = endingsLanguage(doc.documentElement?.lang);
  const compile = () => compileMatcher(triggers.map((t) => ({ id: t.id, words: wordsOnPage(t, language) })));
  const known = knownTokens(wordIndex, triggers, language);
  const matcher = known ? matcherWithKnownTokens(triggers.map((t) => t.id), known, compile) : compile();
  const byId = new Map(triggers.map((t) => [t.id, t]));
  const blockCache = new Map<Element, Element | null>();

  const report = (roots: Iterable<Node>) => {
    for (const match of scanRoots(roots, matcher, { isOwnUi, blockCache })) {
      const trigger = byId.get(match.triggerId);
      if (!trigger || (trigger.skipPageParts !== false && inPagePart(match.node))) continue;
      onMatch(trigger, match.block);
    }
  };
  const scan = (root: Node) => report([root]);

  // One scan for the whole batch: shared setup, and most posts are rejected from their textContent
  // alone (see scanRoots).
  const reportChanges = (records: MutationRecord[]) => {
    const top = mutationRoots(records);
    if (top.length > 0) report(top);
  };
  const observer = new MutationObserver(reportChanges);
  const start = () => observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const loading = observe && frames !== undefined && doc.readyState === 'loading';
  if (observe && !loading) start();
  /** Follows the page while it is parsed (see scanExisting), and observes it once it is. */
  let following: ParserFollow | null = null;
  let parsing = false;

  const followWhileLoading = (win: Pick<Window, 'requestAnimationFrame'>) => {
    const follow = (following = followParser(doc, { mayMatch: (text) => textMayMatch(matcher, text), scan: report, changed: reportChanges }));
    parsing = true;
    const frame = () => {
      if (following !== follow || !parsing) return;
      follow.readNew();
      // Until DOMContentLoaded, not only while parsing: deferred scripts run in between, and a frame may be painted then.
      win.requestAnimationFrame(frame);
    };
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        // The last of the parser's work; from here on the follower observes every change.
        if (following !== follow) return;
        parsing = false;
        follow.finish();
      },
      { once: true },
    );
    frame();
  };

  return {
    scanExisting() {
      if (loading) followWhileLoading(frames!);
      else if (doc.documentElement) scan(doc.documentElement);
    },
    scanSources() {
      for (const id of findInPageTextSources(doc, matcher)) {
        const trigger = byId.get(id);
        if (trigger) onMatch(trigger, null);
      }
    },
    scan,
    observe: start,
    stop: () => {
      following?.stop();
      following = null;
      parsing = false;
      observer.disconnect();
    },
  };
}
