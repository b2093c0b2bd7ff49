import fc from 'fast-check';
import { memoryArea } from './memory-area';
import { beforeEach, describe, expect, it } from 'vitest';
import { refreshWordIndex } from '../../lib/background/word-index-writer';
import { readPageState } from '../../lib/content/page-state';
import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import type { Trigger } from '../../lib/prefs/schema';
import { compileMatcher } from '../../lib/words/matcher';
import { scanForMatches } from '../../lib/words/scan';
import { buildWordIndex, knownTokens, matcherWithKnownTokens, WORD_INDEX_KEY, wordsOnPage } from '../../lib/words/word-index';
import type { EndingsLanguage } from '../../lib/words/word-endings';

const list = (id: string, words: string[], wordEndings = false): Trigger => ({ ...TRIGGER_DEFAULTS, id, label: id, words, action: 'veil', hosts: ['a.example'], everySite: false, enabled: true, wordEndings });
const calm = (n: number) => Array.from({ length: n }, (_, i) => `calm${String.fromCharCode(97 + (i % 26))}${i}`);

/** Where the finder stops, one position after another. */
const starts = (find: RegExp, text: string) => {
  const out: number[] = [];
  find.lastIndex = 0;
  for (let m = find.exec(text); m !== null; m = find.exec(text)) out.push(m.index), (find.lastIndex = m.index + 1);
  return out;
};

/** The matcher a page builds from the index, and the one it compiles itself. */
const both = (triggers: Trigger[], language: EndingsLanguage = 'en') => {
  const compile = () => compileMatcher(triggers.map((t) => ({ id: t.id, words: wordsOnPage(t, language) })));
  const known = knownTokens(buildWordIndex(triggers), triggers, language);
  if (!known) throw new Error('the index should serve these lists');
  return { indexed: matcherWithKnownTokens(triggers.map((t) => t.id), known, compile), compiled: compile() };
};

describe('the word index', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('tells a page the same tokens it would work out itself, short lists and long, with and without endings', () => {
    for (const triggers of [
      [list('a', ['hospital', 'c++', 'abus*', 'Hospital Stay'])],
      [list('a', ['hospital', ...calm(30)]), list('b', ['wait...', 'spit', 'pita'])],
      [list('a', ['kill', 'funeral'], true), list('b', calm(5))],
    ]) {
      for (const language of ['en', 'es', 'de'] as const) {
        const { indexed, compiled } = both(triggers, language);
        expect(indexed.wordCount).toBe(compiled.wordCount);
        const a = indexed.nativeTokens()!;
        const b = compiled.nativeTokens()!;
        expect([a.minLen, a.maxLen]).toEqual([b.minLen, b.maxLen]);
        // The same token starts, in any case, from the background's pattern and the page's own.
        const words = triggers.flatMap((t) => wordsOnPage(t, language));
        const text = `${words.join(' ')} ${words.join('-').toUpperCase()}`;
        expect(starts(a.find, text)).toEqual(starts(b.find, text));
        expect(starts(a.find, text).length).toBeGreaterThan(words.length);
      }
    }
  });

  it('leaves non-ASCII lists to the page’s own filter', () => {
    const { indexed, compiled } = both([list('a', ['hospital']), list('b', ['東京'])]);
    expect(indexed.nativeTokens()).toBeNull();
    expect(compiled.nativeTokens()).toBeNull();
  });

  it('finds exactly what the compiled matcher finds, on any page', () => {
    const triggers = [list('a', ['hospital', 'abus*', 'Straße', ...calm(30)]), list('b', ['wait...', 'c++', 'calmz25', 'ﬁx'], true)];
    const { indexed, compiled } = both(triggers);
    const pieces = ['hospital', 'HOSPITAL', 'hos', 'pital', 'abuse', 'strasse', 'STRAẞE', 'calmz25', 'calma0', 'wait...', 'c++', 'fix', 'fixes', ' ', '<b>x</b>', 'é', 'calm'];
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), { minLength: 1, maxLength: 6 }), (paragraphs) => {
        document.body.innerHTML = paragraphs.map((p) => `<p>${p.join('')}</p>`).join('');
        const view = (m: typeof compiled) => scanForMatches(document.body, m).map((x) => [x.triggerId, x.block] as const);
        const expected = view(compiled);
        if (expected.length > 0) matched++;
        expect(view(indexed)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('builds no matcher while no candidate is found', () => {
    const triggers = [list('a', ['hospital', ...calm(40)])];
    let built = 0;
    const known = knownTokens(buildWordIndex(triggers), triggers, 'en')!;
    const m = matcherWithKnownTokens(['a'], known, () => (built++, compileMatcher([{ id: 'a', words: triggers[0]!.words }])));
    document.body.innerHTML = `<p>${'a quiet page about the weather. '.repeat(200)}</p>`;
    expect(scanForMatches(document.body, m)).toEqual([]);
    expect(built).toBe(0);
    document.body.innerHTML = '<p>the hospital</p>';
    expect(scanForMatches(document.body, m).map((x) => x.triggerId)).toEqual(['a']);
    expect(built).toBe(1);
  });

  it('is not trusted once a list changed, for another format, a missing list, or a pattern that is not its own', () => {
    const triggers = [list('a', ['hospital', ...calm(30)])];
    const index = buildWordIndex(triggers);
    expect(knownTokens(index, triggers, 'en')).not.toBeNull();
    expect(knownTokens(index, [list('a', ['hospital', ...calm(30), 'clinic'])], 'en')).toBeNull();
    expect(knownTokens(index, [list('a', ['hospitals', ...calm(30)])], 'en')).toBeNull();
    expect(knownTokens(index, [...triggers, list('b', ['x'])], 'en')).toBeNull();
    expect(knownTokens({ ...index, format: 0 }, triggers, 'en')).toBeNull();
    expect(knownTokens(null, triggers, 'en')).toBeNull();
    expect(knownTokens('garbage', triggers, 'en')).toBeNull();
    const tampered = structuredClone(index);
    tampered.entries.a!.source = '(a+)+$';
    expect(knownTokens(tampered, triggers, 'en')).toBeNull();
    const broken = structuredClone(index);
    broken.entries.a!.source = '(?:ab';
    expect(knownTokens(broken, triggers, 'en')).toBeNull();
    // A list with endings is known per language of the page.
    const endings = [list('e', ['funeral'], true)];
    const withEndings = buildWordIndex(endings);
    expect(knownTokens(withEndings, endings, 'de')).not.toBeNull();
    expect(knownTokens(withEndings, [list('e', ['funeral'])], 'en')).toBeNull();
  });
});

describe('refreshWordIndex', () => {
  it('writes the index of the lists that are on, and writes nothing when nothing changed', async () => {
    const area = memoryArea();
    const { data, writes } = area;
    const on = list('a', ['hospital']);
    const off = { ...list('b', ['clinic']), enabled: false };
    expect(await refreshWordIndex({ triggers: [on, off] }, area)).toBe(true);
    expect(Object.keys((data[WORD_INDEX_KEY] as { entries: object }).entries)).toEqual(['a']);
    expect(await refreshWordIndex({ triggers: [on, off] }, area)).toBe(false);
    expect(writes()).toBe(1);
    expect(await refreshWordIndex({ triggers: [list('a', ['hospital', 'ward'])] }, area)).toBe(true);
    expect(knownTokens(data[WORD_INDEX_KEY], [list('a', ['hospital', 'ward'])], 'en')).not.toBeNull();
  });

  it('reaches the page state from the session area, or from local where the session area is local', async () => {
    const index = buildWordIndex([list('a', ['hospital'])]);
    const prefs = { version: 2 };
    const fromSession = await readPageState({
      local: { get: async () => ({ prefs }) },
      session: { get: async () => ({ [WORD_INDEX_KEY]: index }) },
      ask: async () => prefs as never,
    });
    expect(fromSession.wordIndex).toEqual(index);
    const fromLocal = await readPageState({ local: { get: async () => ({ prefs, [WORD_INDEX_KEY]: index }) }, session: undefined, ask: async () => prefs as never });
    expect(fromLocal.wordIndex).toEqual(index);
  });
});
