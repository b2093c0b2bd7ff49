/**
 * Native candidate filter for the page scanner's fast path (see scan.ts), used when every word's
 * token (longest whitespace-free run of its match form) is pure ASCII and there are few tokens.
 *
 * Why: the JS candidate automaton (Matcher.candidateEnds) is linear but runs cold on a fresh page
 * (interpreter + JIT warm-up over hundreds of kilobytes). Here the work is done by native string
 * code — toLowerCase, indexOf, one FIXED regex (no user input ever becomes regex syntax), normalize
 * — which is fast from the first call.
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
 *       check every ASCII character), so T occurs in text.toLowerCase() at the same offsets (used
 *       only when lower-casing kept every offset: length unchanged, i.e. no "İ");
 *   (b) or it involves a foldable code point. The ASCII stretches it covers between, before and
 *       after foldable code points are at most L long, so its code points all lie in one WINDOW:
 *       foldable runs (RE_FOLDABLE, a fixed superset class checked against every code point in
 *       the tests), each widened by maxLen on both sides, overlapping windows merged. `lowerFold`
 *       (native) of a window contains T whenever the matcher's fold does: tests check, for every
 *       code point whose fold is ASCII or empty, that lowerFold gives exactly the same; lowerFold
 *       also removes every other combining mark (more removals can only add candidates). A
 *       window that contains a token is returned whole.
 */

/** At most this many distinct tokens (each costs one native indexOf over the whole text). */
export const NATIVE_MAX_TOKENS = 24;

/**
 * Superset of the foldable code points: everything outside ASCII except large blocks of assigned
 * characters checked (tests/unit/words-native.test.ts, every code point) to fold to no ASCII:
 * most Latin extended-B/IPA, Greek, Cyrillic, other scripts, punctuation such as quotes and
 * dashes, arrows/math/box drawing, CJK, Hangul, private use, emoji.
 */
const RE_FOLDABLE_G =
  /[^\x00-\x7f\u0080-\u00a9\u0234-\u02af\u02b9-\u02e0\u03a3-\u0482\u048a-\u052f\u0559-\u058a\u0671-\u06d5\u070f-\u074a\u074d-\u07b1\u07c0-\u07fa\u07fd-\u082d\u0897-\u0983\u0d12-\u0d44\u0e01-\u0e3a\u0f00-\u0f47\u1000-\u10c5\u10d0-\u1248\u13a0-\u13f5\u1400-\u169c\u1780-\u17dd\u1f80-\u1fb4\u2010-\u2023\u2030-\u203b\u2190-\u225f\u2270-\u2429\u24eb-\u2a73\u2a77-\u2b73\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u2ff0-\u303f\u3041-\u3096\u3099-\u30ff\u3105-\u312f\u3131-\u318e\u3400-\ua48c\uac00-\ud7a3\ue000-\uf8ff\u{1f300}-\u{1f5ff}\u{1f600}-\u{1f64f}\u{1f680}-\u{1f6ff}\u{1f900}-\u{1f9ff}]+/gu;

/** Combining marks and the invisible format characters the matcher removes (see normalize.ts). */
const RE_STRIP_G = /[\p{M}\u00AD\u061C\u0640\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
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
  let f = s.normalize('NFKD').toLowerCase().normalize('NFKD').replace(RE_STRIP_G, '');
  if (RE_EXTRA.test(f)) f = f.replace(RE_EXTRA_G, (c) => EXTRA[c] ?? c);
  return f;
}

/** Exposed for the tests: whether the fixed class counts `cp` as possibly foldable. */
export function mayFoldToAscii(cp: number): boolean {
  RE_FOLDABLE_G.lastIndex = 0;
  const r = RE_FOLDABLE_G.test(String.fromCodePoint(cp));
  RE_FOLDABLE_G.lastIndex = 0;
  return r;
}

/**
 * Candidate ranges (see the header) as a flat array [s0, e0, s1, e1, …], sorted and disjoint; or
 * null when the native filter cannot be used here (lower-casing moved offsets) or more than `max`
 * candidates / ranges were found.
 */
export function nativeCandidateRanges(text: string, tokens: readonly string[], maxLen: number, max: number): number[] | null {
  const n = text.length;
  const lower = text.toLowerCase();
  if (lower.length !== n) return null;
  // (a) ASCII occurrences.
  const points: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const last = tok.length - 1;
    for (let i = lower.indexOf(tok); i !== -1; i = lower.indexOf(tok, i + 1)) {
      if (points.length >= max) return null;
      points.push(i + last);
    }
  }
  if (points.length > 1) points.sort((a, b) => a - b);
  // (b) Windows around foldable code points.
  const winStart: number[] = [];
  const winEnd: number[] = []; // exclusive
  const re = RE_FOLDABLE_G;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const s = m.index > maxLen ? m.index - maxLen : 0;
    const e = Math.min(n, re.lastIndex + maxLen);
    const k = winEnd.length - 1;
    if (k >= 0 && s <= winEnd[k]!) winEnd[k] = e;
    else {
      winStart.push(s);
      winEnd.push(e);
    }
  }
  re.lastIndex = 0;
  const ranges: number[] = [];
  if (winStart.length > 0) {
    const parts: string[] = new Array<string>(winStart.length);
    for (let k = 0; k < winStart.length; k++) parts[k] = text.slice(winStart[k]!, winEnd[k]!);
    // One native pass over all windows first ("\n" separates: no token contains whitespace).
    const all = lowerFold(parts.join('\n'));
    const hit = tokens.filter((tok) => all.includes(tok));
    if (hit.length > 0) {
      for (let k = 0; k < parts.length; k++) {
        const f = lowerFold(parts[k]!);
        if (hit.some((tok) => f.includes(tok))) {
          if (ranges.length >= 2 * max) return null;
          ranges.push(winStart[k]!, winEnd[k]! - 1);
        }
      }
    }
  }
  // Merge points and ranges (both sorted) into disjoint sorted ranges.
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < points.length || j < ranges.length) {
    let s: number;
    let e: number;
    if (j >= ranges.length || (i < points.length && points[i]! < ranges[j]!)) {
      s = e = points[i++]!;
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
