/**
 * Text normalisation for word triggers (pure, no DOM).
 *
 * Page text and the person's words are compared in one "match form". The form is defined per code
 * point, so the matcher can normalise a page lazily while it scans (and cache the result per
 * character) instead of building a normalised copy of the page:
 *
 *   1. A lone surrogate becomes U+FFFD (so a match can never start or end inside a surrogate pair).
 *   2. NFKD compatibility decomposition (ﬁ → fi, Ａ → a, ² → 2, é → e + U+0301 …), except Hangul
 *      syllables, which stay whole (decomposing them into jamo would let 가 match inside 각).
 *   3. Remove diacritic marks (\p{M} in the Latin/Greek/Cyrillic combining blocks, Hebrew points,
 *      Arabic harakat, variation selectors) and invisible format characters (soft hyphen, zero-width
 *      space, word joiner, BOM, bidi controls, Arabic tatweel). Other combining marks are KEPT: in
 *      Indic, Thai, Lao, Khmer, Myanmar and kana (dakuten) they are part of the letter, and stripping
 *      them would make different words equal.
 *   4. toLowerCase(); then steps 2–3 once more (lower-casing can produce decomposable characters).
 *   5. A few letters that have no decomposition but that people type without the diacritic:
 *      ß/ẞ → "ss" (so "Strasse" and "Straße" match each other), ς → σ (final sigma), ł → l, ø → o,
 *      đ → d, ħ → h, æ → ae, œ → oe, ı (dotless i) → i. Turkish İ already folds to i in step 2.
 *   6. Every whitespace character (JS \s, including nbsp, U+3000, line/paragraph separators) becomes
 *      " ", and runs of spaces collapse into one (the collapsing is done by the caller / stream).
 *
 * Known, documented limitation: kept combining marks (e.g. Thai tone marks) are compared in the order
 * they are written; text and words in NFC (what keyboards and CMSs produce) are in canonical order, so
 * this only matters for unusual hand-made sequences.
 *
 * Character classes used by the whole-word rule (computed on the match form):
 *   - "word" characters: \p{L}, \p{N} and \p{M} (combining marks belong to the letter they sit on),
 *     EXCEPT characters of scripts written without spaces between words (Han, Hiragana, Katakana,
 *     Thai, Lao, Khmer, Myanmar, Hangul — by Script_Extensions), which count as boundaries:
 *     "私はabuseを" still contains the whole word "abuse".
 *   - "mark": any kept combining mark. A match never ends right before a mark (ハカ must not match
 *     inside ハガキ, whose ガ is カ + U+3099).
 */

import { onFirstUse } from './on-first-use';

/** Unit flag: the code point is a word character (letter, digit or mark of a spaced script). */
export const F_WORD = 1;
/** Unit flag: the code point is a (kept) combining mark. */
export const F_MARK = 2;
/** Unit flag: the unit is the normalised space " ". */
export const F_SPACE = 4;

/** Fold-entry kinds (bits 24–25 of an entry). */
export const KIND_SINGLE = 1;
export const KIND_EMPTY = 2;
export const KIND_MULTI = 3;

const RE_MARK = onFirstUse(() => /\p{M}/u);
const RE_WORDISH = onFirstUse(() => /[\p{L}\p{N}\p{M}]/u);
const RE_NO_SPACE = onFirstUse(
  () =>
    /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Thai}\p{Script_Extensions=Lao}\p{Script_Extensions=Khmer}\p{Script_Extensions=Myanmar}\p{Script_Extensions=Hangul}]/u,
);
const RE_SPACE_G = /\s/g;

/** Code point ranges whose combining marks are diacritics (removed). Only \p{M} inside them counts. */
const STRIP_MARK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x0483, 0x0489], // Cyrillic titlo etc.
  [0x0591, 0x05c7], // Hebrew cantillation and points
  [0x0610, 0x061a], // Arabic honorifics
  [0x064b, 0x065f], // Arabic harakat
  [0x0670, 0x0670], // Arabic superscript alef
  [0x06d6, 0x06ed], // Arabic Quranic annotation marks
  [0x1ab0, 0x1aff], // Combining Diacritical Marks Extended
  [0x1dc0, 0x1dff], // Combining Diacritical Marks Supplement
  [0x20d0, 0x20ff], // Combining marks for symbols
  [0xfe00, 0xfe0f], // Variation selectors (emoji / text presentation)
  [0xfe20, 0xfe2f], // Combining half marks
  [0xe0100, 0xe01ef], // Variation selectors supplement
];

/** Invisible format characters that are removed (they never change what a person reads). */
const IGNORABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x0640, 0x0640], // Arabic tatweel (kashida)
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200b], // zero-width space
  [0x200e, 0x200f], // LRM, RLM
  [0x202a, 0x202e], // bidi embeddings / overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates, deprecated format characters
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];

const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ς: 'σ',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const RE_EXTRA_G = /[ßςłøđħæœı]/g;

function inRanges(cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return true;
  return false;
}

// ASCII answers below are exact (no ASCII character is a mark, a format character or in a script
// written without spaces), and they keep a page's first uses from compiling the Unicode property
// expressions at all for the common case of plain English words.

/** True when the code point is removed entirely by the normalisation (diacritic mark or format char). */
export function isStrippedCodePoint(cp: number): boolean {
  if (cp < 0x80) return false;
  if (inRanges(cp, IGNORABLE_RANGES)) return true;
  return inRanges(cp, STRIP_MARK_RANGES) && RE_MARK().test(String.fromCodePoint(cp));
}

/** True for characters of scripts written without spaces between words (substring matching). */
export function isNoSpaceCodePoint(cp: number): boolean {
  if (cp < 0x80) return false;
  return RE_NO_SPACE().test(String.fromCodePoint(cp));
}

/** Class flags (F_WORD | F_MARK | F_SPACE) of a code point that is already in match form. */
export function classifyCodePoint(cp: number): number {
  if (cp === 0x20) return F_SPACE;
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? F_WORD : 0;
  const ch = String.fromCodePoint(cp);
  let flags = 0;
  if (RE_MARK().test(ch)) flags |= F_MARK;
  if (RE_WORDISH().test(ch) && !RE_NO_SPACE().test(ch)) flags |= F_WORD;
  return flags;
}

function isHangulSyllable(cp: number): boolean {
  return cp >= 0xac00 && cp <= 0xd7a3;
}

function decomposeAndStrip(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const d = isHangulSyllable(cp) ? ch : ch.normalize('NFKD');
    for (const dch of d) {
      if (!isStrippedCodePoint(dch.codePointAt(0)!)) out += dch;
    }
  }
  return out;
}

/**
 * The match form of one code point, as a string (possibly empty, possibly several characters).
 * Whitespace comes out as " " (not yet collapsed).
 */
export function foldCodePoint(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  let s = decomposeAndStrip(String.fromCodePoint(cp));
  s = decomposeAndStrip(s.toLowerCase());
  s = s.replace(RE_EXTRA_G, (c) => EXTRA_FOLDS[c] ?? c);
  return s.replace(RE_SPACE_G, ' ');
}

// ---------------------------------------------------------------------------------------------
// Fold cache shared by every matcher: an encoded entry per code point, computed on first use.
//   entry = (kind << 24) | ...
//   KIND_SINGLE: (flags << 16) | unit        — one UTF-16 unit out (the common case)
//   KIND_EMPTY:  nothing out
//   KIND_MULTI:  index into FOLD_POOL, where FOLD_POOL[i] = n and the next n numbers are
//                (flags << 16) | unit for each output unit (a surrogate pair gives two units).

/** BMP fold entries (0 = not computed yet). Read-only for callers; fill through foldEntry. */
export const BMP_FOLD_CACHE = new Int32Array(0x10000);
const BMP_CACHE = BMP_FOLD_CACHE;
const ASTRAL_CACHE = new Map<number, number>();
/** Astral code points cached at most (a hostile page could use thousands of distinct ones). */
const ASTRAL_CACHE_MAX = 8192;
/**
 * Slots 0..SCRATCH_CAP: a scratch entry for uncached astral code points, valid until the next
 * foldEntry call (callers read an entry completely before folding the next code point).
 */
const SCRATCH_CAP = 32;
/** Output units of multi-unit fold entries (see above). Read-only for callers. */
export const FOLD_POOL: number[] = new Array<number>(SCRATCH_CAP + 1).fill(0);

function encodeFold(cp: number, scratch: boolean): number {
  // ASCII folds to itself lower-cased, whitespace to " " (what foldCodePoint gives, without
  // running Unicode normalisation and three regular expressions per character on a cold page).
  if (cp < 0x80) {
    const unit = cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) ? 0x20 : cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
    return (KIND_SINGLE << 24) | (classifyCodePoint(unit) << 16) | unit;
  }
  const s = foldCodePoint(cp);
  if (s.length === 0) return KIND_EMPTY << 24;
  const units: number[] = [];
  for (const ch of s) {
    const ocp = ch.codePointAt(0)!;
    const flags = classifyCodePoint(ocp);
    for (let k = 0; k < ch.length; k++) units.push((flags << 16) | ch.charCodeAt(k));
  }
  if (units.length === 1) return (KIND_SINGLE << 24) | units[0]!;
  if (scratch && units.length <= SCRATCH_CAP) {
    FOLD_POOL[0] = units.length;
    for (let k = 0; k < units.length; k++) FOLD_POOL[k + 1] = units[k]!;
    return KIND_MULTI << 24;
  }
  const idx = FOLD_POOL.length;
  FOLD_POOL.push(units.length, ...units);
  return (KIND_MULTI << 24) | idx;
}

/** Encoded fold entry of a code point (cached). See the layout above. */
export function foldEntry(cp: number): number {
  if (cp < 0x10000) {
    const e = BMP_CACHE[cp]!;
    if (e !== 0) return e;
    return (BMP_CACHE[cp] = encodeFold(cp, false));
  }
  let e = ASTRAL_CACHE.get(cp);
  if (e === undefined) {
    if (ASTRAL_CACHE.size >= ASTRAL_CACHE_MAX) return encodeFold(cp, true);
    e = encodeFold(cp, false);
    ASTRAL_CACHE.set(cp, e);
  }
  return e;
}

/**
 * Whole string → match form, with whitespace runs collapsed to one " ". Leading/trailing spaces are
 * kept (one each at most); use `parseWord` for the person's words.
 */
export function normalizeForMatch(text: string): string {
  let out = '';
  let lastSpace = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    const e = foldEntry(cp);
    const kind = e >>> 24;
    if (kind === KIND_EMPTY) continue;
    let k = 0;
    let end = 1;
    if (kind === KIND_MULTI) {
      k = (e & 0xffffff) + 1;
      end = k + FOLD_POOL[k - 1]!;
    }
    for (; k < end; k++) {
      const x = kind === KIND_SINGLE ? e & 0xffffff : FOLD_POOL[k]!;
      if (((x >>> 16) & F_SPACE) !== 0) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      out += String.fromCharCode(x & 0xffff);
    }
  }
  return out;
}

/** A person's word, parsed into what the matcher needs. */
export interface ParsedWord {
  /** Match form, trimmed, whitespace collapsed; never empty. */
  readonly text: string;
  /** The word ended with `*`: match any word that starts with `text`. */
  readonly prefix: boolean;
  /** Contains characters of a script written without spaces: plain substring match. */
  readonly substring: boolean;
  /** The character before a match must not be a word character. */
  readonly checkStart: boolean;
  /** The character after a match must not be a word character. */
  readonly checkEnd: boolean;
}

/**
 * Parse one of the person's words. Returns null for empty / whitespace-only words.
 *
 * - Surrounding whitespace is ignored; inner whitespace runs match any whitespace run.
 * - ONE trailing `*` makes it a prefix ("abus*" → abuse, abusive; not "disabuse"). Any other `*` is
 *   a literal asterisk, like every other character (nothing is ever regex syntax).
 * - Whole-word checks apply at each end whose character is a word character: "abuse" needs a
 *   boundary on both sides, "c++" only before the "c", an emoji or "…" on neither side.
 * - A word containing Han/kana/Thai/Lao/Khmer/Myanmar/Hangul characters matches as a substring.
 */
export function parseWord(raw: string): ParsedWord | null {
  if (typeof raw !== 'string') return null;
  let w = raw.trim();
  let prefix = false;
  if (w.endsWith('*')) {
    prefix = true;
    w = w.slice(0, -1);
  }
  const text = normalizeForMatch(w).trim();
  if (text.length === 0) return null;
  let substring = false;
  for (const ch of text) {
    if (isNoSpaceCodePoint(ch.codePointAt(0)!)) {
      substring = true;
      break;
    }
  }
  const first = text.codePointAt(0)!;
  const lastCh = Array.from(text).pop()!;
  const last = lastCh.codePointAt(0)!;
  return {
    text,
    prefix,
    substring,
    checkStart: !substring && (classifyCodePoint(first) & F_WORD) !== 0,
    checkEnd: !substring && !prefix && (classifyCodePoint(last) & F_WORD) !== 0,
  };
}
