import type { Trigger } from '../prefs/schema';
import { candidateTokens, parseTriggerWords, type Matcher, type NativeTokens, type TriggerWords } from './matcher';
import { finderOf, tokenLengths, tokenStartSource } from './native-filter';
import { withEndings, type EndingsLanguage } from './word-endings';

/**
 * What every page needs to know about the person's lists before it can say "none of the words is
 * here": each list's candidate tokens and the pattern that finds them, worked out once by the
 * background whenever the lists change and kept in storage.local next to the preferences. A page
 * script would otherwise parse every word and write that pattern on every page load, in code that
 * runs cold there (for 1,000 words that was most of what a page paid). The automaton that confirms
 * a match is still built in the page, and only once a candidate is found.
 *
 * An entry counts only while its `basis` (the list's words as the page reads them) is exactly the
 * words the page has, so an index from before the latest edit is never trusted: the page then
 * compiles the words itself, as it always could.
 */
export { WORD_INDEX_KEY } from '../prefs/storage';
/** Bumped whenever what an entry holds, or how it is worked out, changes. */
export const WORD_INDEX_FORMAT = 2;

const LANGUAGES: readonly EndingsLanguage[] = ['en', 'es', 'de'];

export interface WordIndexEntry {
  /** The list's words joined by "\n" (a word never holds a line break). */
  basis: string;
  /** Whether the native filter can serve this list (every token is ASCII; see Matcher.nativeTokens). */
  native: boolean;
  /** The tokens' tokenStartSource ('' when the list has none). */
  source: string;
  /** Lengths of its shortest and longest token (0 when it has none). */
  minLen: number;
  maxLen: number;
  /** Usable words (after endings), as compileMatcher counts them. */
  wordCount: number;
}

export interface WordIndex {
  format: number;
  /** By list id and the language of its endings: `id` alone when the list adds no endings, `id|en` etc. when it does. */
  entries: Record<string, WordIndexEntry>;
}

/** What tokenStartSource writes: literal letters and digits, \xHH escapes, groups and bars; never a quantifier. */
const SAFE_SOURCE = /^[a-z0-9\\()?:|]*$/;

const entryKey = (trigger: Pick<Trigger, 'id' | 'wordEndings'>, language: EndingsLanguage) => (trigger.wordEndings ? `${trigger.id}|${language}` : trigger.id);
const basisOf = (words: readonly string[]) => words.join('\n');

/** The words a page matches for a list: with its endings in the page's language when it asks for them. */
export function wordsOnPage(trigger: Pick<Trigger, 'words' | 'wordEndings'>, language: EndingsLanguage): string[] {
  return trigger.wordEndings ? withEndings(trigger.words, language) : [...trigger.words];
}

function entryFor(words: readonly string[], expanded: readonly string[]): WordIndexEntry {
  const patterns = parseTriggerWords(expanded);
  const tokens = patterns.length > 0 ? candidateTokens(patterns) : [];
  const ascii = tokens !== null && tokens.every((t) => /^[\x00-\x7f]*$/.test(t));
  const some = ascii && tokens.length > 0;
  return {
    basis: basisOf(words),
    native: ascii,
    source: some ? tokenStartSource(tokens) : '',
    ...(some ? tokenLengths(tokens) : { minLen: 0, maxLen: 0 }),
    wordCount: patterns.length,
  };
}

/** The index for these lists (the background passes every list that is on). */
export function buildWordIndex(triggers: readonly Pick<Trigger, 'id' | 'words' | 'wordEndings'>[]): WordIndex {
  const entries: Record<string, WordIndexEntry> = {};
  for (const trigger of triggers) {
    for (const language of trigger.wordEndings ? LANGUAGES : LANGUAGES.slice(0, 1)) {
      entries[entryKey(trigger, language)] = entryFor(trigger.words, wordsOnPage(trigger, language));
    }
  }
  return { format: WORD_INDEX_FORMAT, entries };
}

/** What the index tells a page about these lists, or null when any of them is missing or out of date. */
export function knownTokens(
  index: unknown,
  triggers: readonly Pick<Trigger, 'id' | 'words' | 'wordEndings'>[],
  language: EndingsLanguage,
): { native: NativeTokens | null; wordCount: number } | null {
  if (!isIndex(index)) return null;
  const sources: string[] = [];
  let wordCount = 0;
  let native = true;
  let minLen = Infinity;
  let maxLen = 0;
  for (const trigger of triggers) {
    const entry = index.entries[entryKey(trigger, language)];
    if (!isEntry(entry) || !Array.isArray(trigger.words) || entry.basis !== basisOf(trigger.words)) return null;
    wordCount += entry.wordCount;
    if (!entry.native) native = false;
    else if (entry.source !== '') {
      sources.push(entry.source);
      minLen = Math.min(minLen, entry.minLen);
      maxLen = Math.max(maxLen, entry.maxLen);
    }
  }
  if (!native || sources.length === 0) return { native: null, wordCount };
  // Each source is an alternation of literals with no quantifier (only the background writes them,
  // and a store that says otherwise is not trusted); so is their union.
  if (!sources.every((s) => SAFE_SOURCE.test(s))) return null;
  let find: RegExp;
  try {
    find = finderOf(sources.length === 1 ? sources[0]! : sources.map((s) => `(?:${s})`).join('|'));
  } catch {
    return null;
  }
  return { native: { find, minLen, maxLen }, wordCount };
}

/**
 * A matcher that answers "is there a candidate?" from what the index knows, and builds the full
 * matcher (`build`) only when something must be confirmed.
 */
export function matcherWithKnownTokens(ids: readonly string[], known: { native: NativeTokens | null; wordCount: number }, build: () => Matcher): Matcher {
  let full: Matcher | undefined;
  const matcher = () => (full ??= build());
  return {
    ids,
    wordCount: known.wordCount,
    findFirst: (text) => matcher().findFirst(text),
    findAll: (text) => matcher().findAll(text),
    matchesAny: (text) => matcher().matchesAny(text),
    createStream: (onMatch) => matcher().createStream(onMatch),
    candidateEnds: (text, max) => matcher().candidateEnds(text, max),
    nativeTokens: () => known.native,
  };
}

export type { TriggerWords };

const isIndex = (value: unknown): value is WordIndex =>
  typeof value === 'object' && value !== null && (value as WordIndex).format === WORD_INDEX_FORMAT && typeof (value as WordIndex).entries === 'object' && (value as WordIndex).entries !== null;

/** A token's length: a word has at most 100 characters, and folding can lengthen it a little. */
const isLength = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 1000;

const isEntry = (value: unknown): value is WordIndexEntry => {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as WordIndexEntry;
  return (
    typeof e.basis === 'string' &&
    typeof e.source === 'string' &&
    typeof e.wordCount === 'number' &&
    typeof e.native === 'boolean' &&
    (e.source === '' || (isLength(e.minLen) && isLength(e.maxLen) && e.minLen <= e.maxLen))
  );
};
