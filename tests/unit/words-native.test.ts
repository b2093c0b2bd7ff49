import { describe, expect, it } from 'vitest';
import { foldCodePoint } from '../../lib/words/normalize';
import { lowerFold, mayFoldToAscii, nativeCandidateRanges, tokenLengths, tokenStartFinder } from '../../lib/words/native-filter';
import type { NativeTokens } from '../../lib/words/matcher';

/** What the matcher hands the native filter for these tokens. */
const nativeOf = (tokens: string[]): NativeTokens => ({ find: tokenStartFinder(tokens), ...tokenLengths(tokens) });

// The native filter (lib/words/native-filter.ts) must never miss an ASCII token that the matcher's
// fold contains. These tests check its two per-code-point assumptions on EVERY code point.

const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
/** Match form contains an ASCII non-space character, or is empty. */
const foldable = (f: string) => f.length === 0 || /[\x21-\x7e]/.test(f);

describe('native fold', () => {
  it('folds every ASCII character like the matcher (lower case; whitespace stays whitespace)', () => {
    for (let cp = 0; cp < 0x80; cp++) {
      const ch = String.fromCharCode(cp);
      const f = foldCodePoint(cp);
      if (/\s/.test(ch)) expect(f).toBe(' ');
      else expect(f).toBe(ch.toLowerCase());
      expect(lowerFold(ch)).toBe(ch.toLowerCase());
    }
  });

  it('gives exactly the matcher’s fold for every code point that folds to ASCII or nothing', { timeout: 120_000 }, () => {
    const bad: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (isSurrogate(cp)) continue;
      const f = foldCodePoint(cp);
      if (!foldable(f)) continue;
      const native = lowerFold(String.fromCodePoint(cp)).replace(/\s/g, ' ');
      if (/^[\x00-\x7f]*$/.test(f) ? native !== f : native.replace(/[^\x00-\x7f]/g, '\u0000') !== f.replace(/[^\x00-\x7f]/g, '\u0000')) {
        bad.push(`${cp.toString(16)}: ${JSON.stringify(f)} vs ${JSON.stringify(native)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('counts every code point that folds to ASCII or nothing as possibly foldable', { timeout: 120_000 }, () => {
    const missed: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (isSurrogate(cp)) continue;
      if (foldable(foldCodePoint(cp)) && !mayFoldToAscii(cp)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    // and the common punctuation of real pages is not (so it costs nothing)
    for (const ch of '’“”—–•🙂東京') expect(mayFoldToAscii(ch.codePointAt(0)!)).toBe(false);
  });
});

describe('nativeCandidateRanges', () => {
  it('finds a word through every code point that folds to ASCII letters, amid long ASCII text', { timeout: 120_000 }, () => {
    const before = 'calm words '.repeat(30);
    const missed: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (isSurrogate(cp)) continue;
      const f = foldCodePoint(cp);
      if (!/^[a-z0-9]+$/.test(f)) continue;
      const ch = String.fromCodePoint(cp);
      const token = `qz${f}zq`;
      const text = `${before}qz${ch}zq${before}`;
      const at = before.length + 2 + ch.length + 1; // the last unit of the occurrence
      const ranges = nativeCandidateRanges(text, nativeOf([token]), 100);
      let covered = false;
      for (let k = 0; ranges && k < ranges.length; k += 2) if (ranges[k]! <= at && at <= ranges[k + 1]!) covered = true;
      if (ranges !== null && !covered) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('finds ASCII occurrences in any case and folded ones, wherever lower-casing would move offsets', () => {
    const r = nativeCandidateRanges('a Hospital b', nativeOf(['hospital']), 100);
    expect(r).toEqual([9, 9]);
    const t = 'x '.repeat(50) + 'STRAßE' + ' y'.repeat(50);
    const r2 = nativeCandidateRanges(t, nativeOf(['strasse']), 100)!;
    expect(r2.length).toBe(2);
    expect(r2[0]).toBeLessThanOrEqual(100);
    expect(r2[1]).toBeGreaterThanOrEqual(105);
    // "İ" lower-cases to two characters: the offsets after it still count.
    const r3 = nativeCandidateRanges('İ'.repeat(40) + ' HOSPITAL', nativeOf(['hospital']), 100)!;
    expect(r3[r3.length - 1]).toBe(48);
    // Without the u flag no other letter is an ASCII one to the finder: a Kelvin sign is only a
    // candidate through its window (it folds to "k"), and that window holds the token.
    expect(nativeCandidateRanges('calm \u212Aill calm', nativeOf(['kill']), 100)).toEqual([1, 9]);
    expect(nativeCandidateRanges('ab ab ab', nativeOf(['ab']), 2)).toBeNull();
    expect(nativeCandidateRanges('calm café', nativeOf(['hospital']), 100)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Scans through the native filter must equal the full walk.

import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { compileMatcher, type TriggerWords } from '../../lib/words/matcher';
import { scanForMatches, scanRoots, type ScanMatch } from '../../lib/words/scan';

const ASCII_WORDS: TriggerWords[] = [
  { id: 'abuse', words: ['abus*'] },
  { id: 'hospital', words: ['hospital', 'Hospital Stay'] },
  { id: 'strasse', words: ['Straße'] },
  { id: 'cafe', words: ['café'] },
  { id: 'cpp', words: ['c++'] },
  { id: 'fix', words: ['ﬁx'] },
  { id: 'dots', words: ['wait...'] },
  { id: 'ae', words: ['aether'] },
];
const NON_ASCII_WORDS: TriggerWords[] = [...ASCII_WORDS, { id: 'tokyo', words: ['東京'] }, { id: 'greek', words: ['λόγος'] }];
/** A list too long for one indexOf per token: the native filter uses one tokenStartFinder pass. */
const LONG_ASCII_WORDS: TriggerWords[] = [
  ...ASCII_WORDS,
  { id: 'filler', words: Array.from({ length: 40 }, (_, i) => `calm${String.fromCharCode(97 + (i % 26))}${i}`) },
  { id: 'overlap', words: ['spit', 'pita', 'tals*', 'ospi'] },
];
const asciiMatcher = compileMatcher(ASCII_WORDS);
const mixedMatcher = compileMatcher(NON_ASCII_WORDS);
const longMatcher = compileMatcher(LONG_ASCII_WORDS);

const PIECES = [
  'abu', 'se', 'ABUSIVE', 'hos', 'pital', 'hospital', 'stay', ' ', '\n', '\u00A0', 'x', 'STRASSE', 'stra', 'ße', 'ẞE',
  'ss', 'caf', 'é', 'e\u0301', 'CAFÉ', 'cafe', 'c', '++', '\u00AD', '\u200B', 'ﬁ', 'fi', 'x', 'ﬁx', 'wait', '…', '...',
  'Æther', 'æ', 'ae', 'ther', 'İ', 'ı', '東京', 'λόγος', '’', '—', '😢', '\uD83D', 'Ｈｏｓｐｉｔａｌ', '.', 'k', 'K',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const { node: nodeArb } = fc.letrec<{ node: string; kids: string }>((tie) => ({
  kids: fc.array(tie('node'), { maxLength: 4 }).map((k) => k.join('')),
  node: fc.oneof(
    { weight: 6, arbitrary: textArb.map(esc) },
    { weight: 1, arbitrary: fc.constant('<br>') },
    { weight: 1, arbitrary: textArb.map((t) => `<script>${t.replace(/</g, '')}</script>`) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom('p', 'div', 'span', 'b', 'li', 'td', 'em'), fc.constantFrom('', '', ' contenteditable'), tie('kids'))
        .map(([tag, attr, kids]) => `<${tag}${attr}>${kids}</${tag}>`),
    },
  ),
}));
const pageArb = fc.array(nodeArb, { minLength: 1, maxLength: 6 }).map((n) => n.join(''));
const view = (ms: ScanMatch[]) => ms.map((m) => [m.triggerId, m.block] as const);

describe('tokenStartFinder', () => {
  const withFinder = (text: string, tokens: string[], max = 10_000) => nativeCandidateRanges(text, nativeOf(tokens), max);
  /** Where each token ends, by one indexOf per token in the lower-cased text; and how many places a token starts at. */
  const byIndexOf = (text: string, tokens: string[]) => {
    const lower = text.toLowerCase();
    const ends = new Set<number>();
    const starts = new Set<number>();
    for (const tok of tokens) for (let i = lower.indexOf(tok); i !== -1; i = lower.indexOf(tok, i + 1)) ends.add(i + tok.length - 1), starts.add(i);
    return { ends: [...ends].sort((a, b) => a - b), starts: starts.size };
  };
  const endsIn = (ranges: number[]) => {
    const out: number[] = [];
    for (let k = 0; k < ranges.length; k += 2) for (let e = ranges[k]!; e <= ranges[k + 1]!; e++) out.push(e);
    return out;
  };

  it('reads every character of the words as itself, never as regex syntax', () => {
    const hostile = ['(a+)+$', '.*', '\\d', '[x]', 'a|b', 'x{2}', '^', '?', 'c++', 'wait...', '$1', '\\'];
    const text = 'aaaa xx 1 d ab b a|b x{2} [x] .* c++ wait... $1 \\ (a+)+$ ^ ?';
    const lower = text.toLowerCase();
    const expected = hostile.flatMap((t) => [...lower.matchAll(new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index + t.length - 1));
    const got = withFinder(text, hostile)!;
    const covered = endsIn(got);
    for (const e of expected) expect(covered).toContain(e);
    // Every range holds a real end: nothing in the words was read as an operator.
    for (let k = 0; k < got.length; k += 2) expect(expected.some((e) => e >= got[k]! && e <= got[k + 1]!)).toBe(true);
    expect(withFinder('aaaaaaaaaa', ['(a+)+$'])).toEqual([]);
  });

  it('finds nothing in a long run a backtracking pattern would choke on, and still finds the token after it', () => {
    const tokens = Array.from({ length: 40 }, (_, i) => `${'a'.repeat(i + 1)}b`);
    const text = `${'a'.repeat(200_000)} ab`;
    expect(withFinder(text, tokens)).toEqual([text.length - 1, text.length - 1]);
  });

  it('covers every end one indexOf per token finds, and makes none up, for any ASCII text and any tokens (overlapping, nested, repeated)', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'A', 'B', 'C', '.', '+', '(', ' ');
    const tokenArb = fc.array(fc.constantFrom('a', 'b', 'c', '.', '+', '('), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 80 }).map((c) => c.join('')), fc.uniqueArray(tokenArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (text, tokens, max) => {
        const got = withFinder(text, tokens, max);
        const { ends, starts } = byIndexOf(text, tokens);
        expect(got === null).toBe(starts > max);
        if (got === null) return;
        const covered = new Set(endsIn(got));
        for (const e of ends) expect(covered.has(e)).toBe(true);
        for (let k = 0; k < got.length; k += 2) expect(ends.some((e) => e >= got[k]! && e <= got[k + 1]!)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('native-assisted scan', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('uses the native filter only for ASCII tokens, with one case-insensitive finder pass however many there are', () => {
    expect(asciiMatcher.nativeTokens()!.find.flags).toBe('gi');
    expect(longMatcher.nativeTokens()!.find.flags).toBe('gi');
    expect([longMatcher.nativeTokens()!.minLen, longMatcher.nativeTokens()!.maxLen]).toEqual([3, 8]); // "c++" … "hospital"
    expect(mixedMatcher.nativeTokens()).toBeNull();
  });

  it.each([
    ['ASCII words (native filter)', asciiMatcher],
    ['a long ASCII list (native filter, one finder pass)', longMatcher],
    ['non-ASCII words (JS filter)', mixedMatcher],
  ])('returns exactly what the full walk returns: %s', { timeout: 120_000 }, (_n, m) => {
    let matched = 0;
    fc.assert(
      fc.property(pageArb, fc.boolean(), (html, big) => {
        // `big`: pad with calm text so that the located path is also taken with the default locateMin.
        document.body.innerHTML = big ? `<p>${'calm words here. '.repeat(300)}</p>${html}<p>${'more calm text. '.repeat(10)}</p>` : html;
        const full = scanForMatches(document.body, m, { fastPath: false });
        if (full.length > 0) matched++;
        expect(view(scanForMatches(document.body, m, { locateMin: 0 }))).toEqual(view(full));
        expect(view(scanForMatches(document.body, m))).toEqual(view(full));
        const roots = [...document.body.children];
        expect(view(scanRoots(roots, m, { locateMin: 0 }))).toEqual(view(roots.flatMap((r) => scanForMatches(r, m, { fastPath: false }))));
      }),
      { numRuns: 1500 },
    );
    expect(matched).toBeGreaterThan(150);
  });

  it('finds folded words next to long ASCII text (windows) in a large page', () => {
    const calm = 'calm words here. '.repeat(400);
    document.body.innerHTML = `<p>${calm}</p><p id="a">${'z'.repeat(50)} STRAẞE ${'y'.repeat(50)}</p><p id="b">hos\u00ADpi\u200Btal</p><p id="c">ﬁx Ｈｏｓｐｉｔａｌ wait…</p><p>${calm}</p>`;
    const full = scanForMatches(document.body, asciiMatcher, { fastPath: false });
    expect(full.map((x) => x.triggerId)).toEqual(['strasse', 'hospital', 'fix', 'hospital', 'dots']);
    expect(view(scanForMatches(document.body, asciiMatcher))).toEqual(view(full));
  });
});
