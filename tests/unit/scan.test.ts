import { beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher, type Matcher } from '../../lib/words/matcher';
import { blockFor } from '../../lib/words/blocks';
import { findInPageTextSources, pageTextSources, scanForMatches, type ScanMatch } from '../../lib/words/scan';

const matcher: Matcher = compileMatcher([
  { id: 'abuse', words: ['abus*'] },
  { id: 'hospital', words: ['hospital'] },
  { id: 'stay', words: ['hospital stay'] },
  { id: 'needle', words: ['needle'] },
]);

function setBody(html: string): void {
  document.body.innerHTML = html;
}
function $(sel: string): Element {
  const el = document.querySelector(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
}
function ids(ms: ScanMatch[]): string[] {
  return ms.map((m) => m.triggerId).sort();
}
function pairs(ms: ScanMatch[]): [string, Element | null][] {
  return ms.map((m) => [m.triggerId, m.block]);
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.title = '';
});

describe('scanForMatches: what is scanned', () => {
  it('skips script, style, noscript, template, form fields and head', () => {
    document.head.innerHTML = '<title>hospital</title><style>.hospital{}</style>';
    setBody(`
      <script>var a = "hospital";</script>
      <style>/* hospital */</style>
      <noscript>hospital</noscript>
      <template><p>hospital</p></template>
      <textarea>hospital</textarea>
      <input value="hospital">
      <select><option>hospital</option></select>
      <svg><style>.hospital{}</style></svg>
      <p>nothing to see</p>`);
    expect(scanForMatches(document, matcher)).toEqual([]);
    expect(scanForMatches(document.body, matcher)).toEqual([]);
  });

  it('skips contenteditable regions (the person typing) but not contenteditable="false"', () => {
    setBody(`
      <div contenteditable="true"><p>hospital</p></div>
      <div contenteditable><p>abuse</p></div>
      <div contenteditable="plaintext-only">needle</div>
      <div contenteditable="false"><p id="ok">hospital stay</p></div>`);
    const ms = scanForMatches(document.body, matcher);
    expect(ids(ms)).toEqual(['hospital', 'stay']);
    expect(ms.every((m) => m.block === $('#ok'))).toBe(true);
  });

  it("skips Steady's own UI through the injected isOwnUi predicate", () => {
    setBody(`<div id="steady-host"><p>hospital</p></div><p id="page">needle</p>`);
    const host = $('#steady-host');
    const ms = scanForMatches(document.body, matcher, { isOwnUi: (el) => el === host });
    expect(pairs(ms)).toEqual([['needle', $('#page')]]);
    expect(scanForMatches(host, matcher, { isOwnUi: (el) => el === host })).toEqual([]);
    expect(scanForMatches(host.firstChild!.firstChild!, matcher, { isOwnUi: (el) => el === host })).toEqual([]);
  });

  it('scans code, pre and buttons (visible text)', () => {
    setBody(`<pre><code>hospital</code></pre><p>a <code>needle</code></p><button>abuse</button>`);
    expect(ids(scanForMatches(document.body, matcher))).toEqual(['abuse', 'hospital', 'needle']);
  });

  it('scans open shadow roots', () => {
    setBody(`<x-card id="card"></x-card>`);
    const sr = $('#card').attachShadow({ mode: 'open' });
    sr.innerHTML = '<p>a hospital</p>';
    const ms = scanForMatches(document.body, matcher);
    expect(pairs(ms)).toEqual([['hospital', sr.querySelector('p')]]);
    expect(scanForMatches(document.body, matcher, { shadowRoots: false })).toEqual([]);
  });

  it('accepts a text node or an element as root (for nodes added later)', () => {
    setBody(`<ul><li id="a">calm</li></ul>`);
    const li = document.createElement('li');
    li.textContent = 'needle';
    $('ul').append(li);
    expect(pairs(scanForMatches(li, matcher))).toEqual([['needle', li]]);
    expect(pairs(scanForMatches(li.firstChild!, matcher))).toEqual([['needle', li]]);
    expect(scanForMatches($('#a'), matcher)).toEqual([]);
  });

  it('returns nothing when the matcher has no usable words', () => {
    setBody('<p>hospital</p>');
    expect(scanForMatches(document.body, compileMatcher([{ id: 'x', words: [' '] }]))).toEqual([]);
  });
});

describe('scanForMatches: how text is joined', () => {
  it('matches words split across inline elements', () => {
    setBody(`<p id="p1"><b>abu</b>se</p><p id="p2">hos<i>pi</i><span>tal</span></p>`);
    const ms = scanForMatches(document.body, matcher);
    expect(pairs(ms)).toEqual([
      ['abuse', $('#p1')],
      ['hospital', $('#p2')],
    ]);
  });

  it('treats inline element edges as word boundaries too (adjacent spans without spaces)', () => {
    setBody(`<div class="msg"><span class="name">Ann</span><span class="text">hospital</span></div>`);
    expect(ids(scanForMatches(document.body, matcher))).toEqual(['hospital']);
  });

  it('does not match a whole word glued to other letters in the same text node', () => {
    setBody(`<p>hospitality and needles</p>`);
    expect(scanForMatches(document.body, matcher)).toEqual([]);
  });

  it('matches phrases across inline elements and line breaks within one block', () => {
    setBody(`
      <p id="a">a long hospital <a href="#">stay</a> here</p>
      <p id="b">hospital<br>stay</p>
      <p id="c"><em>hospital</em>
         <strong>stay</strong></p>`);
    const ms = scanForMatches(document.body, matcher).filter((m) => m.triggerId === 'stay');
    expect(ms.map((m) => m.block)).toEqual([$('#a'), $('#b'), $('#c')]);
  });

  it('never matches across two blocks, not even a phrase (decision)', () => {
    setBody(`
      <div><p>hospital</p><p>stay</p></div>
      <ul><li>hospital</li><li>stay</li></ul>
      <div>hospital<div>stay</div></div>
      <div><span>ab</span><div>use</div></div>`);
    const found = ids(scanForMatches(document.body, matcher));
    expect(found).not.toContain('stay');
    expect(found).not.toContain('abuse');
    expect(found).toContain('hospital');
  });

  it('reports each trigger once per block, and every trigger of a block', () => {
    setBody(`<article id="a"><p>hospital</p><p>hospital again, abuse</p></article>
             <article id="b"><p>hospital</p></article>`);
    const ms = scanForMatches(document.body, matcher);
    expect(pairs(ms)).toEqual([
      ['hospital', $('#a')],
      ['abuse', $('#a')],
      ['hospital', $('#b')],
    ]);
  });
});

describe('blockFor / block choice', () => {
  it('picks each post of a feed of <article>s', () => {
    setBody(`<main><div class="feed">
      <article id="a1"><header><h2>Post</h2></header><div class="body"><p>calm <b>words</b></p></div></article>
      <article id="a2"><header><h2>Post</h2></header><div class="body"><p>a <b>hospital</b> visit</p></div></article>
      <article id="a3"><p>nice</p><figure><img alt=""><figcaption>needle</figcaption></figure></article>
    </div></main>`);
    const ms = scanForMatches(document.body, matcher);
    expect(pairs(ms)).toEqual([
      ['hospital', $('#a2')],
      ['needle', $('#a3 figure')], // the nearest item: the figure inside the post
    ]);
  });

  it('picks [role=article] posts', () => {
    setBody(`<div role="feed"><div role="article" id="r1"><div><div><span>abuse</span></div></div></div>
             <div role="article" id="r2"><div>ok</div></div></div>`);
    expect(pairs(scanForMatches(document.body, matcher))).toEqual([['abuse', $('#r1')]]);
  });

  it('picks list items', () => {
    setBody(`<ul><li id="l1">fine</li><li id="l2">the <a href="#">hospital</a> page</li><li>ok</li></ul>`);
    expect(pairs(scanForMatches(document.body, matcher))).toEqual([['hospital', $('#l2')]]);
  });

  it('picks table rows', () => {
    setBody(`<table><tbody>
      <tr id="r1"><td>1</td><td>fine</td></tr>
      <tr id="r2"><td>2</td><td><span>needle</span></td></tr>
    </tbody></table>`);
    expect(pairs(scanForMatches(document.body, matcher))).toEqual([['needle', $('#r2')]]);
  });

  it('picks the repeated post in a div soup', () => {
    setBody(`<div id="app"><div class="col"><div class="feed">
      <div class="post" id="p1"><div class="author">Sam</div><div class="text">all calm</div></div>
      <div class="post" id="p2"><div class="author">Kim</div><div class="text"><div>went to the</div><div>hospital</div></div></div>
      <div class="post" id="p3"><div class="author">Lee</div><div class="text">fine</div></div>
    </div></div></div>`);
    expect(pairs(scanForMatches(document.body, matcher))).toEqual([['hospital', $('#p2')]]);
  });

  it('finds the repeated post in a class-less div soup and never climbs to the feed', () => {
    setBody(`<div id="col"><div id="feed"><div id="post"><div>Sam</div><div>needle</div></div><div><div>Kim</div><div>calm</div></div></div></div>`);
    const [m] = scanForMatches(document.body, matcher);
    expect(m?.block).toBe($('#post'));
  });

  it('stays at the text when nothing looks like a post', () => {
    setBody(`<div id="col"><div id="t">needle</div></div>`);
    expect(scanForMatches(document.body, matcher)[0]?.block).toBe($('#t'));
  });

  it('falls back to the paragraph when the article is the whole page', () => {
    const paras = Array.from({ length: 40 }, (_, i) => `<p>${i === 7 ? 'a hospital' : 'plain text'}</p>`).join('');
    setBody(`<main><article id="story"><h1>Story</h1>${paras}</article></main>`);
    const [m] = scanForMatches(document.body, matcher);
    expect(m?.block).toBe($('#story p:nth-of-type(8)'));
  });

  it('counts every kind of paragraph-level element when an item may hold too much', () => {
    const mixed = (n: number) =>
      Array.from({ length: n }, (_, i) => (i % 2 ? '<h2>plain</h2>' : '<p>plain</p>')).join('') + '<p id="hit">a hospital</p>';
    setBody(`<ul><li id="small">${mixed(20)}</li><li>calm</li></ul>`);
    expect(scanForMatches(document.body, matcher)[0]?.block).toBe($('#small'));
    setBody(`<ul><li id="big">${mixed(30)}</li><li>calm</li></ul>`); // 16 p + 15 h2: too much
    expect(scanForMatches(document.body, matcher)[0]?.block).toBe($('#hit'));
  });

  it('falls back when a lone article is the page column, but keeps a feed of articles', () => {
    setBody(`<header>site</header><article id="only"><h1>hello</h1><p id="p">needle</p></article><footer>x</footer>`);
    expect(scanForMatches(document.body, matcher)[0]?.block).toBe($('#p'));
    setBody(`<article id="one"><p>needle</p></article><article><p>calm</p></article>`);
    expect(scanForMatches(document.body, matcher)[0]?.block).toBe($('#one'));
  });

  it('does not blur a whole layout-table column', () => {
    const posts = Array.from(
      { length: 30 },
      (_, i) => `<div class="post" id="post${i}"><p class="t">${i === 4 ? 'a needle here' : 'calm'}</p><p>more</p></div>`,
    ).join('');
    setBody(`<table><tr><td id="nav"><a href="#">home</a></td><td id="content">${posts}</td></tr></table>`);
    const [m] = scanForMatches(document.body, matcher);
    expect(m?.block).toBe($('#post4 p.t')); // the paragraph: row and column hold far too much
  });

  it('uses headings, blockquotes, dd/dt and paragraphs when there is no post', () => {
    setBody(`<h2 id="h">hospital</h2><blockquote id="q"><p>abuse</p></blockquote><dl><dt id="dt">needle</dt></dl><p id="p">a hospital stay</p>`);
    expect(pairs(scanForMatches(document.body, matcher))).toEqual([
      ['hospital', $('#h')],
      ['abuse', $('#q')],
      ['needle', $('#dt')],
      ['hospital', $('#p')],
      ['stay', $('#p')],
    ]);
  });

  it('never returns body, html, main or an inline element', () => {
    setBody(`hospital <b>needle</b><main>abuse <span>hospital stay</span><div>needle <i>abuse</i></div></main>`);
    const ms = scanForMatches(document, matcher);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      if (m.block === null) continue;
      expect(['body', 'html', 'main', 'b', 'span', 'i']).not.toContain(m.block.localName);
    }
    // Text directly in body/main has no sensible block: reported with block null.
    expect(ms.filter((m) => m.block === null).map((m) => m.triggerId).sort()).toEqual(['abuse', 'hospital', 'needle', 'stay']);
    expect(ms.find((m) => m.block !== null)?.block).toBe($('main > div'));
    expect(blockFor(document.body)).toBeNull();
    expect(blockFor(document.documentElement)).toBeNull();
    expect(blockFor($('main'))).toBeNull();
  });

  it('does not blur a huge wrapper that holds bare text', () => {
    const paras = Array.from({ length: 30 }, () => '<p>plain</p>').join('');
    setBody(`<div id="wrap">needle ${paras}</div>`);
    const [m] = scanForMatches(document.body, matcher);
    expect(m?.triggerId).toBe('needle');
    expect(m?.block).toBeNull();
  });

  it('climbs from text in a shadow root to a block in the light DOM when needed', () => {
    setBody(`<ul><li id="li"><x-label id="x"></x-label></li></ul>`);
    const sr = $('#x').attachShadow({ mode: 'open' });
    sr.innerHTML = '<span>needle</span>';
    expect(pairs(scanForMatches(document.body, matcher))).toEqual([['needle', $('#li')]]);
  });
});

describe('page text sources', () => {
  it('collects the title and image text alternatives', () => {
    document.title = 'At the hospital';
    setBody(`<img alt="a needle"><img alt=""><img src="x.png"><div role="img" aria-label="abuse"></div><p>calm</p>`);
    expect(pageTextSources(document)).toEqual(['At the hospital', 'a needle', 'abuse']);
    expect(findInPageTextSources(document, matcher)).toEqual(new Set(['hospital', 'needle', 'abuse']));
  });

  it('reads area and image-button alt text, and finds nothing when no source holds a word', () => {
    document.title = 'A calm page';
    setBody(`<map><area alt="Needle" href="#"></map><input type="IMAGE" alt="abuse"><input type="text" alt="hospital"><img alt="a lake">`);
    expect(pageTextSources(document)).toEqual(['A calm page', 'a lake', 'Needle', 'abuse']);
    expect(findInPageTextSources(document, matcher)).toEqual(new Set(['needle', 'abuse']));
    setBody(`<img alt="a lake"><div role="img" aria-label="a hill"></div>`);
    expect(findInPageTextSources(document, matcher)).toEqual(new Set());
  });
});

describe('scale', () => {
  it('scans a large page (hundreds of KB of text, 1,000 words) and finds exactly the planted words', { timeout: 120_000 }, () => {
    const words = Array.from({ length: 1000 }, (_, i) => `zq${i.toString(36)}x`);
    const big = compileMatcher(
      Array.from({ length: 100 }, (_, t) => ({ id: `t${t}`, words: words.slice(t * 10, t * 10 + 10) })),
    );
    const posts: string[] = [];
    const planted = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      let body = 'Lorem ipsum dolor sit amet, consectetur <b>adipiscing</b> elit. '.repeat(3);
      if (i % 97 === 0) {
        const w = (i * 7) % 1000;
        body += ` <a href="#">${words[w]!.slice(0, 3)}</a>${words[w]!.slice(3)} `; // split across an inline
        planted.add(`t${Math.floor(w / 10)}`);
      }
      posts.push(`<article><h3>Post ${i}</h3><p>${body}</p></article>`);
    }
    setBody(`<main>${posts.join('')}</main>`);
    const ms = scanForMatches(document.body, big);
    expect(new Set(ms.map((m) => m.triggerId))).toEqual(planted);
    expect(ms.every((m) => m.block?.localName === 'article')).toBe(true);
  });
});
