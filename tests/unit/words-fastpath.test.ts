import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, type TriggerWords } from '../../lib/words/matcher';
import { findInPageTextSources, pageTextSources, scanForMatches, scanRoots, type ScanMatch } from '../../lib/words/scan';

// The scanner's fast path (glued textContent + candidate filter, then only the containers that may
// hold a match) and scanRoots must never change a result: both are compared with the full walk.

const WORDS: TriggerWords[] = [
  { id: 'abuse', words: ['abus*'] },
  { id: 'hospital', words: ['hospital'] },
  { id: 'stay', words: ['hospital stay'] },
  { id: 'strasse', words: ['Straße'] },
  { id: 'cafe', words: ['café'] },
  { id: 'tokyo', words: ['東京'] },
  { id: 'cpp', words: ['c++'] },
  { id: 'ka', words: ['カ'] },
];
const matcher = compileMatcher(WORDS);

const TEXTS = [
  'abu', 'se', 'abuse', 'hos', 'pital', 'hospital', 'stay', ' ', '  ', '\n', '\u00A0', 'x', 'a ', ' b',
  'STRASSE', 'stra', 'ße', 'ss', 'e', 'caf', 'é', 'e\u0301', 'CAFÉ', '東', '京', 'カ', '\u3099', 'c', '++',
  '\u200B', '\u00AD', '\uD83D', '\uDE22', '😢', '.', 'hospital stay', 'hospitality',
];
const text = fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Random page HTML. `x-host` elements get an open shadow root with the text in data-shadow. */
const { node: nodeArb } = fc.letrec<{ node: string; kids: string }>((tie) => ({
  kids: fc.array(tie('node'), { maxLength: 4 }).map((k) => k.join('')),
  node: fc.oneof(
    { weight: 6, arbitrary: text.map(esc) },
    { weight: 1, arbitrary: fc.constant('<!-- c -->') },
    { weight: 1, arbitrary: fc.constant('<br>') },
    { weight: 1, arbitrary: fc.constant('<wbr>') },
    { weight: 1, arbitrary: fc.constant('<img alt="hospital">') },
    { weight: 1, arbitrary: text.map((t) => `<script>${t.replace(/</g, '')}</script>`) },
    { weight: 1, arbitrary: text.map((t) => `<style>${t.replace(/</g, '')}</style>`) },
    { weight: 1, arbitrary: text.map((t) => `<textarea>${esc(t)}</textarea>`) },
    { weight: 1, arbitrary: text.map((t) => `<x-host data-shadow="${esc(t).replace(/"/g, '')}"></x-host>`) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          fc.constantFrom('p', 'div', 'span', 'b', 'a', 'li', 'article', 'section', 'em', 'x-box', 'td'),
          fc.constantFrom('', '', '', ' contenteditable', ' contenteditable="false"', ' class="own"'),
          tie('kids'),
        )
        .map(([tag, attr, kids]) => `<${tag}${attr}>${kids}</${tag}>`),
    },
  ),
}));
const pageArb = fc.array(nodeArb, { minLength: 1, maxLength: 6 }).map((n) => n.join(''));

function setPage(html: string): void {
  document.body.innerHTML = html;
  for (const host of document.querySelectorAll('x-host')) {
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>${esc(host.getAttribute('data-shadow') ?? '')}</p>`;
  }
}
/** Own UI: elements with class "own" (skipped, like script). */
const isOwnUi = (el: Element) => el.classList.contains('own');
const view = (ms: ScanMatch[]) => ms.map((m) => [m.triggerId, m.block] as const);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('candidate filter', () => {
  it('finds a candidate in every text the matcher matches, also when glued or cut', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (pieces) => {
        const joined = pieces.join('');
        if (matcher.findAll(joined).size === 0) return;
        const ends = matcher.candidateEnds(joined, 1e9);
        expect(ends).not.toBeNull();
        expect(ends!.length).toBeGreaterThan(0);
        for (let i = 1; i < ends!.length; i++) expect(ends![i]).toBeGreaterThan(ends![i - 1]!);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same candidates on long texts (read as UTF-8 bytes) as on short ones', () => {
    const pad = ' '.repeat(2100); // long enough for the byte loop; holds no token
    const dedupe = (ends: number[]) => ends.filter((e, i) => i === 0 || e !== ends[i - 1]);
    let seen = 0;
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (pieces) => {
        const joined = pieces.join('');
        const short = matcher.candidateEnds(joined, 1e9)!;
        if (short.length > 0) seen++;
        expect(matcher.candidateEnds(pad + joined, 1e9)).toEqual(dedupe(short).map((e) => e + pad.length));
        expect(matcher.candidateEnds(joined + pad + joined, 1e9)).toEqual(
          dedupe([...short, ...short.map((e) => e + joined.length + pad.length)]),
        );
      }),
      { numRuns: 2000 },
    );
    expect(seen).toBeGreaterThan(200);
  });

  it('gives up (null) when there are too many candidates or a word has U+FFFD', () => {
    expect(matcher.candidateEnds('hospital '.repeat(10), 5)).toBeNull();
    expect(matcher.candidateEnds('calm text', 5)).toEqual([]);
    expect(compileMatcher([{ id: 'x', words: ['a\uFFFDb'] }]).candidateEnds('a\uFFFDb', 5)).toBeNull();
  });
});

describe('page text sources through the candidate filter', () => {
  it('finds exactly what matching every title and alt text finds', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), text, (alts, title) => {
        document.title = title;
        document.body.innerHTML = alts.map((a) => `<img alt="${esc(a).replace(/"/g, '&quot;')}">`).join('');
        const expected = new Set<string>();
        for (const source of pageTextSources(document)) for (const id of matcher.findAll(source)) expected.add(id);
        expect(findInPageTextSources(document, matcher)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fast path', () => {
  it.each([
    ['locating candidates', 0],
    ['walking the root on a candidate', 1e9],
  ])('never changes the result of a scan (%s)', { timeout: 60_000 }, (_name, locateMin) => {
    let matched = 0;
    fc.assert(
      fc.property(pageArb, (html) => {
        setPage(html);
        const full = scanForMatches(document.body, matcher, { isOwnUi, fastPath: false });
        if (full.length > 0) matched++;
        expect(view(scanForMatches(document.body, matcher, { isOwnUi, locateMin }))).toEqual(view(full));
        expect(view(scanForMatches(document, matcher, { isOwnUi, locateMin }))).toEqual(
          view(scanForMatches(document, matcher, { isOwnUi, fastPath: false })),
        );
        expect(view(scanForMatches(document.body, matcher, { shadowRoots: false, locateMin }))).toEqual(
          view(scanForMatches(document.body, matcher, { shadowRoots: false, fastPath: false })),
        );
      }),
      { numRuns: 1500 },
    );
    expect(matched).toBeGreaterThan(150);
  });

  it('reads skipped content inside a line as a break, on the fast path and the full walk alike', () => {
    const big = 'calm words here. '.repeat(400);
    document.body.innerHTML = `<p>${big}</p><p id="a">abu<script>x</script>se</p><p id="b">hos<span><style>y</style></span>pital</p>
      <p id="c">a hospital<textarea>z</textarea>stay</p><p id="d">stra<!-- c -->ße</p><p>${big}</p>`;
    const expected = [
      ['hospital', document.getElementById('c')],
      ['stay', document.getElementById('c')],
      ['strasse', document.getElementById('d')],
    ];
    expect(view(scanForMatches(document.body, matcher))).toEqual(expected);
    expect(view(scanForMatches(document.body, matcher, { fastPath: false }))).toEqual(expected);
  });

  it('finds text in open shadow roots of a large page', () => {
    document.body.innerHTML = `<p>${'calm words here. '.repeat(400)}</p><ul><li id="li"><x-label></x-label></li></ul>`;
    document.querySelector('x-label')!.attachShadow({ mode: 'open' }).innerHTML = '<span>hospital</span>';
    expect(view(scanForMatches(document.body, matcher))).toEqual([['hospital', document.getElementById('li')]]);
  });

  it('locates matches in a large page and reports them in document order', () => {
    const posts = Array.from({ length: 300 }, (_, i) =>
      `<article id="p${i}"><p>calm text ${i} <b>here</b></p>${i % 50 === 7 ? '<p>a hospital <a>stay</a></p>' : ''}${i === 120 ? '<p>abu<i>sive</i></p>' : ''}</article>`,
    );
    document.body.innerHTML = `<main>${posts.join('\n')}</main>`;
    const full = scanForMatches(document.body, matcher, { fastPath: false });
    expect(full.length).toBe(13);
    expect(view(scanForMatches(document.body, matcher))).toEqual(view(full));
  });
});

describe('scanRoots', () => {
  it('equals the per-root scans, concatenated', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(pageArb, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (html, picks, fast) => {
        setPage(`<section>${html}</section><div>${html}</div>`);
        const all: Node[] = [...document.body.querySelectorAll('*')];
        const roots: Node[] = picks.map((p) => (all.length > 0 ? all[p % all.length]! : document.body));
        roots.push(document.body.firstChild!);
        const textNode = document.body.querySelector('p')?.firstChild;
        if (textNode) roots.push(textNode);
        const expected = roots.flatMap((r) => scanForMatches(r, matcher, { isOwnUi, fastPath: false }));
        const cache = new Map<Element, Element | null>();
        expect(view(scanRoots(roots, matcher, { isOwnUi, fastPath: fast, blockCache: cache }))).toEqual(view(expected));
      }),
      { numRuns: 800 },
    );
  });

  it('equals the per-root scans for a big batch of posts', { timeout: 60_000 }, () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.array(pageArb, { minLength: 16, maxLength: 40 }), fc.boolean(), (posts, mixed) => {
        setPage(`<div class="feed">${posts.map((p) => `<article>${p}</article>`).join('\n')}</div><p>a hospital</p>`);
        const roots: Node[] = [...document.querySelector('.feed')!.children];
        if (mixed) roots.splice(3, 0, document.body.lastChild!, document.body.lastChild!.firstChild!);
        const expected = roots.flatMap((r) => scanForMatches(r, matcher, { isOwnUi, fastPath: false }));
        if (expected.length > 0) matched++;
        expect(view(scanRoots(roots, matcher, { isOwnUi }))).toEqual(view(expected));
        expect(view(scanRoots(roots, matcher, { isOwnUi, locateMin: 0 }))).toEqual(view(expected));
      }),
      { numRuns: 300 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('returns nothing for no roots or no words', () => {
    document.body.innerHTML = '<p>hospital</p>';
    expect(scanRoots([], matcher)).toEqual([]);
    expect(scanRoots([document.body], compileMatcher([{ id: 'x', words: [' '] }]))).toEqual([]);
    expect(view(scanRoots([document.body, document.body], matcher))).toEqual([
      ['hospital', document.querySelector('p')],
      ['hospital', document.querySelector('p')],
    ]);
  });
});
