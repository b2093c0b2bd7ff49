/**
 * Native candidate filter for the page scanner's fast path (see scan.ts), used when every word's
 * token (longest whitespace-free run of its match form) is pure ASCII.
 *
 * Why: the JS candidate automaton (Matcher.candidateEnds) is linear but runs cold on a fresh page
 * (interpreter + JIT warm-up over hundreds of kilobytes). Here the work is done by native code —
 * the tokens' finder (literal letters only: no user input ever becomes regex syntax), one FIXED
 * regex, normalize — which is fast from the first call.
 *
 * What it returns: sorted, merged ranges [start, end] (inclusive, UTF-16 offsets in `text`) such
 * that the END of every occurrence of a token in the match form of `text` (the matcher's per code
 * point fold, see normalize.ts) lies inside some range. Ranges may contain no occurrence (a
 * superset filter, like candidateEnds).
 *
 * Why nothing is missed. Call a code point "foldable" when its match form is empty or contains an
 * ASCII non-space character (é, ß, ﬁ, …, soft hyphen, combining marks, fullwidth letters …).
 * Every other code point folds to non-ASCII characters and/or spaces, which no ASCII token
 * contains: it separates occurrences. So an occurrence of token T (length L ≤ maxLen) in the fold is
 *   (a) made of ASCII characters only, contiguous in `text`: ASCII folds to its lower case (tests
 *       check every ASCII character), so T occurs there up to ASCII case, which is what the
 *       finder's case-insensitive pattern compares (without the u flag, no character outside ASCII
 *       equals an ASCII letter: the Kelvin sign or a long s are not "k" or "s" to it);
 *   (b) or it involves a foldable code point. The ASCII stretches it covers between, before and
 *       after foldable code points are at most L long, so its code points all lie in one WINDOW:
 *       runs of non-ASCII text that hold a possibly foldable code point (NO_ASCII_FOLD lists the
 *       rest, checked against every code point in the tests), each widened by maxLen on both
 *       sides, overlapping windows merged. `lowerFold`
 *       (native) of a window contains T whenever the matcher's fold does: tests check, for every
 *       code point whose fold is ASCII or empty, that lowerFold gives exactly the same; lowerFold
 *       also removes every other combining mark (more removals can only add candidates). A
 *       window that contains a token is returned whole.
 */

import type { NativeTokens } from './matcher';
import { onFirstUse } from './on-first-use';

/**
 * A native search for the places where any of the tokens (ASCII, lower case) starts, in any ASCII
 * case: one pass over the text however many tokens there are (one indexOf per token cost ten
 * passes for ten words). The person's words never become regex syntax: every character
 * is written as a literal letter or digit or as a \xHH escape, so nothing they type can be an
 * operator. The pattern is the tokens' trie written as nested alternatives with no quantifier at
 * all (a branch stops at the first token that ends on it: a start is all it must find), so each
 * position costs at most the longest token's length in comparisons and nothing can backtrack
 * further; the words decide nothing about its running time but their length.
 */
export function tokenStartFinder(tokens: readonly string[]): RegExp {
  return finderOf(tokenStartSource(tokens));
}

/** The finder for a pattern tokenStartSource wrote (or a union of them): global, in any ASCII case. */
export function finderOf(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/** The lengths of the shortest and the longest token (tokens are never empty). */
export function tokenLengths(tokens: readonly string[]): { minLen: number; maxLen: number } {
  let minLen = Infinity;
  let maxLen = 0;
  for (const t of tokens) {
    if (t.length < minLen) minLen = t.length;
    if (t.length > maxLen) maxLen = t.length;
  }
  return { minLen, maxLen };
}

/** The pattern of tokenStartFinder, as text: written once by the background (lib/words/word-index.ts). */
export function tokenStartSource(tokens: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const token of tokens) {
    let at = root;
    for (const c of token) {
      let next = at.next.get(c);
      if (!next) at.next.set(c, (next = { end: false, next: new Map() }));
      at = next;
    }
    at.end = true;
  }
  const literal = (c: string) => (/^[a-z0-9]$/.test(c) ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  const write = (node: Node): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([c, next]) => literal(c) + write(next));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return write(root);
}

/**
 * Code points that fold to no ASCII ([first, last] pairs, checked for every code point in
 * tests/unit/words-native.test.ts): most Latin extended-B/IPA, Greek, Cyrillic, other scripts,
 * punctuation such as quotes and dashes, arrows/math/box drawing, CJK, Hangul, private use, emoji.
 * Every other code point outside ASCII counts as possibly foldable (a superset).
 */
const NO_ASCII_FOLD: readonly number[] = [
  0x0080, 0x00a9, 0x0234, 0x02af, 0x02b9, 0x02e0, 0x03a3, 0x0482, 0x048a, 0x052f, 0x0559, 0x058a,
  0x0671, 0x06d5, 0x070f, 0x074a, 0x074d, 0x07b1, 0x07c0, 0x07fa, 0x07fd, 0x082d, 0x0897, 0x0983,
  0x0d12, 0x0d44, 0x0e01, 0x0e3a, 0x0f00, 0x0f47, 0x1000, 0x10c5, 0x10d0, 0x1248, 0x13a0, 0x13f5,
  0x1400, 0x169c, 0x1780, 0x17dd, 0x1f80, 0x1fb4, 0x2010, 0x2023, 0x2030, 0x203b, 0x2190, 0x225f,
  0x2270, 0x2429, 0x24eb, 0x2a73, 0x2a77, 0x2b73, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5,
  0x2ff0, 0x303f, 0x3041, 0x3096, 0x3099, 0x30ff, 0x3105, 0x312f, 0x3131, 0x318e, 0x3400, 0xa48c,
  0xac00, 0xd7a3, 0xe000, 0xf8ff, 0x1f300, 0x1f5ff, 0x1f600, 0x1f64f, 0x1f680, 0x1f6ff, 0x1f900, 0x1f9ff,
];

const MAY_FOLD = 1;
const HIGH_SURROGATE = 2;
/** BMP code unit → MAY_FOLD, HIGH_SURROGATE or 0; built on first use. */
let bmpTable: Uint8Array | null = null;

function table(): Uint8Array {
  if (bmpTable === null) {
    const t = new Uint8Array(0x10000).fill(MAY_FOLD, 0x80);
    for (let k = 0; k < NO_ASCII_FOLD.length && NO_ASCII_FOLD[k]! < 0x10000; k += 2) t.fill(0, NO_ASCII_FOLD[k]!, NO_ASCII_FOLD[k + 1]! + 1);
    t.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
    t.fill(0, 0xdc00, 0xe000); // lone surrogates fold to themselves
    bmpTable = t;
  }
  return bmpTable;
}

function astralMayFold(cp: number): boolean {
  for (let k = 0; k < NO_ASCII_FOLD.length; k += 2) if (cp >= NO_ASCII_FOLD[k]! && cp <= NO_ASCII_FOLD[k + 1]!) return false;
  return true;
}

/**
 * Runs of text outside ASCII and the commonest punctuation that folds to no ASCII (Latin-1
 * symbols, quotes, dashes; all in NO_ASCII_FOLD): the only places where a foldable character can
 * be. A short class keeps the native search fast.
 */
const RE_RUNS_G = /[^\x00-\xa9\u2010-\u2023\u2030-\u203b]+/g;

/** Combining marks and the invisible format characters the matcher removes (see normalize.ts). */
const RE_STRIP_G = onFirstUse(() => /[\p{M}\u00AD\u061C\u0640\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu);
const RE_EXTRA = /[ßςłøđħæœı]/;
const RE_EXTRA_G = /[ßςłøđħæœı]/g;
const EXTRA: Readonly<Record<string, string>> = { ß: 'ss', ς: 'σ', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', æ: 'ae', œ: 'oe', ı: 'i' };

/**
 * Native approximation of the match form: NFKD, lower case, NFKD, remove every combining mark and
 * ignorable format character, then the matcher's extra letter folds. Whitespace is left as is and
 * offsets are not kept. For every code point whose match form is ASCII or empty, the result is
 * exactly that match form (checked for every code point in the tests).
 */
export function lowerFold(s: string): string {
  let f = s.normalize('NFKD').toLowerCase().normalize('NFKD').replace(RE_STRIP_G(), '');
  if (RE_EXTRA.test(f)) f = f.replace(RE_EXTRA_G, (c) => EXTRA[c] ?? c);
  return f;
}

/** Whether `cp` counts as possibly folding to ASCII (exposed for the tests). */
export function mayFoldToAscii(cp: number): boolean {
  if (cp < 0x10000) return table()[cp] === MAY_FOLD;
  return astralMayFold(cp);
}

/** Whether a run of non-ASCII text (text[from, to)) holds a possibly foldable code point. */
function runMayFold(text: string, from: number, to: number): boolean {
  const t = table();
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const kind = t[c]!;
    if (kind === MAY_FOLD) return true;
    if (kind === HIGH_SURROGATE && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (astralMayFold((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) return true;
        i++;
      }
    }
  }
  return false;
}

/**
 * Candidate ranges (see the header) as a flat array [s0, e0, s1, e1, …], sorted and disjoint; or
 * null when more than `max` candidates / ranges were found.
 */
export function nativeCandidateRanges(text: string, { find, minLen, maxLen }: NativeTokens, max: number): number[] | null {
  const n = text.length;
  // (a) ASCII occurrences. The finder stops only where a whole token starts, so a token ends
  // somewhere in [start + minLen − 1, start + maxLen − 1]: that range is the candidate, and which
  // token it is never has to be read.
  const found: number[] = [];
  find.lastIndex = 0;
  for (let m = find.exec(text); m !== null; m = find.exec(text)) {
    const at = m.index;
    if (found.length >= 2 * max) return null;
    found.push(at + minLen - 1, Math.min(n, at + maxLen) - 1);
    // Tokens may overlap: the next start may be the very next position.
    find.lastIndex = at + 1;
  }
  find.lastIndex = 0;
  // (b) Windows around the runs of non-ASCII text that hold a possibly foldable code point (a
  // window around the whole run holds one around each such code point).
  const winStart: number[] = [];
  const winEnd: number[] = []; // exclusive
  const runs = RE_RUNS_G;
  const t = table();
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    // Most runs are one character (an accented letter, an emoji half): looked up inline.
    if (runs.lastIndex - m.index === 1 ? t[text.charCodeAt(m.index)] !== MAY_FOLD : !runMayFold(text, m.index, runs.lastIndex)) continue;
    const s = m.index > maxLen ? m.index - maxLen : 0;
    const e = Math.min(n, runs.lastIndex + maxLen);
    const k = winEnd.length - 1;
    if (k >= 0 && s <= winEnd[k]!) winEnd[k] = e;
    else {
      winStart.push(s);
      winEnd.push(e);
    }
  }
  runs.lastIndex = 0;
  const ranges: number[] = [];
  if (winStart.length > 0) {
    const parts: string[] = new Array<string>(winStart.length);
    for (let k = 0; k < winStart.length; k++) parts[k] = text.slice(winStart[k]!, winEnd[k]!);
    // One native pass over all windows, joined by a control character none of them holds (no
    // token spans it, and folding keeps it), then split back apart.
    const raw = parts.join('');
    let sep = '';
    for (let c = 1; c < 9 && sep === ''; c++) if (!raw.includes(String.fromCharCode(c))) sep = String.fromCharCode(c);
    const joined = parts.join(sep === '' ? '\n' : sep);
    const all = lowerFold(joined);
    const holds = (f: string) => {
      find.lastIndex = 0;
      const found = find.test(f);
      find.lastIndex = 0;
      return found;
    };
    if (holds(all)) {
      const folded = sep === '' ? [] : all.split(sep);
      const aligned = folded.length === parts.length;
      for (let k = 0; k < parts.length; k++) {
        const f = aligned ? folded[k]! : lowerFold(parts[k]!);
        if (holds(f)) {
          if (ranges.length >= 2 * max) return null;
          ranges.push(winStart[k]!, winEnd[k]! - 1);
        }
      }
    }
  }
  // Merge both (each sorted by start) into disjoint sorted ranges.
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < found.length || j < ranges.length) {
    let s: number;
    let e: number;
    if (j >= ranges.length || (i < found.length && found[i]! < ranges[j]!)) {
      s = found[i]!;
      e = found[i + 1]!;
      i += 2;
    } else {
      s = ranges[j]!;
      e = ranges[j + 1]!;
      j += 2;
    }
    const o = out.length;
    if (o > 0 && s <= out[o - 1]! + 1) {
      if (e > out[o - 1]!) out[o - 1] = e;
    } else out.push(s, e);
  }
  return out;
}
