/**
 * Slow, obviously-correct reference for the word matcher. USED ONLY BY TESTS.
 *
 * It normalises the whole text with whole-string operations (String.normalize, regex replaces,
 * toLowerCase on the full string) — deliberately NOT the per-code-point fold cache used by
 * normalize.ts/matcher.ts — then, for each word, finds every occurrence with indexOf and checks the
 * boundary rules directly. Quadratic and allocation-heavy; never ship it.
 *
 * The rules it encodes (the specification the fast matcher must agree with):
 *   normalise: lone surrogates → U+FFFD; NFKD except Hangul syllables; drop diacritic marks and
 *   invisible format characters; lower-case; NFKD + drop again; ß→ss ς→σ ł→l ø→o đ→d ħ→h æ→ae
 *   œ→oe ı→i; whitespace runs → one space.
 *   words: trim; one trailing `*` = prefix; empty → ignored; contains a no-space-script character
 *   → substring; otherwise the start needs a non-word character before it if the word starts with a
 *   word character, and the end likewise if it ends with one (and is not a prefix).
 *   every match: the character after it must not be a combining mark.
 *   word character = letter, number or mark, not in a no-space script.
 */

const RE_LONE_SURROGATE_G = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const RE_NOT_HANGUL_RUN_G = /[^\uAC00-\uD7A3]+/g;
const RE_STRIP_G =
  /(?=\p{M})[\u0300-\u036F\u0483-\u0489\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE00-\uFE0F\uFE20-\uFE2F\u{E0100}-\u{E01EF}]|[\u00AD\u061C\u0640\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
const EXTRA: Record<string, string> = { ß: 'ss', ς: 'σ', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', æ: 'ae', œ: 'oe', ı: 'i' };
const RE_NO_SPACE =
  /[\p{scx=Hani}\p{scx=Hira}\p{scx=Kana}\p{scx=Thai}\p{scx=Laoo}\p{scx=Khmr}\p{scx=Mymr}\p{scx=Hang}]/u;

export function referenceNormalize(text: string): string {
  let s = text.replace(RE_LONE_SURROGATE_G, '\uFFFD');
  s = s.replace(RE_NOT_HANGUL_RUN_G, (run) => run.normalize('NFKD')).replace(RE_STRIP_G, '');
  s = s.toLowerCase();
  s = s.replace(RE_NOT_HANGUL_RUN_G, (run) => run.normalize('NFKD')).replace(RE_STRIP_G, '');
  s = s.replace(/[ßςłøđħæœı]/g, (c) => EXTRA[c]!);
  return s.replace(/\s+/g, ' ');
}

function isNoSpace(ch: string): boolean {
  return RE_NO_SPACE.test(ch);
}
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /^[\p{L}\p{N}\p{M}]$/u.test(ch) && !isNoSpace(ch);
}
function isMark(ch: string | undefined): boolean {
  return ch !== undefined && /^\p{M}$/u.test(ch);
}
/** The whole code point that ends just before index i. */
function charBefore(s: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1];
}
/** The whole code point that starts at index i. */
function charAt(s: string, i: number): string | undefined {
  if (i >= s.length) return undefined;
  return String.fromCodePoint(s.codePointAt(i)!);
}

interface RefWord {
  text: string;
  substring: boolean;
  checkStart: boolean;
  checkEnd: boolean;
}

export function referenceParseWord(raw: string): RefWord | null {
  let w = raw.trim();
  let prefix = false;
  if (w.endsWith('*')) {
    prefix = true;
    w = w.slice(0, -1);
  }
  const text = referenceNormalize(w).trim();
  if (text === '') return null;
  const chars = Array.from(text);
  const substring = chars.some(isNoSpace);
  return {
    text,
    substring,
    checkStart: !substring && isWordChar(chars[0]),
    checkEnd: !substring && !prefix && isWordChar(chars[chars.length - 1]),
  };
}

export interface RefMatch {
  triggerIndex: number;
  start: number;
  end: number; // exclusive, in normalised code units
}

export function referenceMatches(entries: readonly { id: string; words: readonly string[] }[], text: string): RefMatch[] {
  const norm = referenceNormalize(text);
  const out: RefMatch[] = [];
  entries.forEach((entry, t) => {
    for (const raw of entry.words) {
      const w = referenceParseWord(raw);
      if (!w) continue;
      for (let i = norm.indexOf(w.text); i !== -1; i = norm.indexOf(w.text, i + 1)) {
        const end = i + w.text.length;
        const before = charBefore(norm, i);
        const after = charAt(norm, end);
        if (w.checkStart && isWordChar(before)) continue;
        if (isMark(after)) continue;
        if (w.checkEnd && isWordChar(after)) continue;
        out.push({ triggerIndex: t, start: i, end });
      }
    }
  });
  return out;
}

export function referenceFindAll(entries: readonly { id: string; words: readonly string[] }[], text: string): Set<string> {
  return new Set(referenceMatches(entries, text).map((m) => entries[m.triggerIndex]!.id));
}

export function referenceFindFirst(entries: readonly { id: string; words: readonly string[] }[], text: string): string | null {
  const ms = referenceMatches(entries, text);
  if (ms.length === 0) return null;
  ms.sort((a, b) => a.end - b.end || a.triggerIndex - b.triggerIndex);
  return entries[ms[0]!.triggerIndex]!.id;
}
