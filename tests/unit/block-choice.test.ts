import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_BLOCK_TEXT } from '../../lib/words/blocks';
import { compileMatcher } from '../../lib/words/matcher';
import { inPagePart } from '../../lib/words/page-parts';
import { scanForMatches } from '../../lib/words/scan';
import { lineSpot } from '../../lib/content/veil-spot';

// Block choice on the shapes real pages have: the block that is veiled for a match is the nearest
// paragraph-sized one, never a whole story, column or section.

const matcher = compileMatcher([{ id: 'w', words: ['ambulance'] }]);
const $ = (sel: string) => document.querySelector(sel)!;
const blockOf = (html: string) => {
  document.body.innerHTML = html;
  return scanForMatches(document.body, matcher)[0]?.block ?? null;
};
const words = (n: number, seed = 'plain') => Array.from({ length: n }, (_, i) => `${seed}${i % 10}`).join(' ');

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the right block on real page shapes', () => {
  it.each([
    [
      'a long article: the paragraph, not the story',
      `<main><article><h1>Story</h1>${Array.from({ length: 12 }, (_, i) => `<p id="p${i}">${i === 5 ? 'An ambulance came.' : words(40)}</p>`).join('')}</article></main>`,
      '#p5',
    ],
    [
      'a feed item: the whole post',
      `<main><article id="a1"><h2>Sam</h2><p>${words(30)}</p></article><article id="a2"><h2>Kim</h2><p>An ambulance went by.</p><p>${words(20)}</p></article></main>`,
      '#a2',
    ],
    [
      'a table row',
      `<main><table><tbody><tr id="r1"><td>1990</td><td>${words(5)}</td></tr><tr id="r2"><td>1991</td><td>An ambulance strike</td></tr></tbody></table></main>`,
      '#r2',
    ],
    [
      'a list item',
      `<main><ul><li id="l1">${words(5)}</li><li id="l2">The <a href="#">ambulance</a> page</li></ul></main>`,
      '#l2',
    ],
    [
      'a nav link: its list item (left alone by lists that skip menus, see below)',
      `<nav><ul><li id="n1"><a href="/">Home</a></li><li id="n2"><a href="/a">Ambulance services</a></li></ul></nav><main><p>${words(400)}</p></main>`,
      '#n2',
    ],
    [
      'a post item with far more text than the match needs: the paragraph that holds the word',
      `<main><ul><li id="big"><p>${words(200)}</p><p id="hit">The ambulance.</p><p>${words(200)}</p></li><li>${words(5)}</li></ul>${`<p>${words(100)}</p>`.repeat(20)}</main>`,
      '#hit',
    ],
    [
      'a comment on a short page that holds most of its text: the paragraph',
      `<main><p>${words(20)}</p><div role="comment" id="c"><p>${words(60)}</p><p id="hit">An ambulance.</p><p>${words(60)}</p></div><div role="comment"><p>${words(10)}</p></div></main>`,
      '#hit',
    ],
  ])('%s', (_name, html, expected) => {
    expect(blockOf(html)).toBe($(expected));
  });

  it('never takes more than the match needs: a block over the limit gives way to the element that holds the word', () => {
    const long = 'x'.repeat(MAX_BLOCK_TEXT);
    const elsewhere = `<p>${long}</p>`.repeat(4);
    expect(blockOf(`<main><article id="a"><div id="d"><p>${long}</p><p id="hit">ambulance</p></div></article><article><p>b</p></article>${elsewhere}</main>`)).toBe($('#hit'));
    // Just under the limit, on a page with plenty of other text, the whole post is veiled.
    const under = 'x'.repeat(MAX_BLOCK_TEXT - 100);
    expect(blockOf(`<main><article id="a"><p>${under}</p><p>ambulance</p></article><article><p>b</p></article>${elsewhere}</main>`)).toBe($('#a'));
    // One paragraph over the limit is still the paragraph: there is nothing smaller that holds it.
    expect(blockOf(`<main><article><p id="one">ambulance ${long}</p></article><article><p>b</p></article></main>`)).toBe($('#one'));
  });

  it('a veiled block holds its images: an image in the post is inside the block', () => {
    const block = blockOf(`<main><article id="a"><img id="img" alt=""><p>ambulance</p></article><article><p>b</p></article></main>`);
    expect(block?.contains($('#img'))).toBe(true);
  });
});

describe('page parts (navigation, menus, the page header and footer)', () => {
  it.each([
    ['<nav><a id="t">x</a></nav>', true],
    ['<div role="navigation"><span id="t">x</span></div>', true],
    ['<menu><li id="t">x</li></menu>', true],
    ['<ul role="menubar"><li id="t">x</li></ul>', true],
    ['<header><p id="t">x</p></header>', true],
    ['<footer><p id="t">x</p></footer>', true],
    ['<div><footer><p id="t">x</p></footer></div>', true],
    ['<article><header><h1 id="t">x</h1></header></article>', false],
    ['<main><footer><p id="t">x</p></footer></main>', false],
    ['<section><header><h2 id="t">x</h2></header></section>', false],
    ['<main><p id="t">x</p></main>', false],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(inPagePart($('#t').firstChild ?? $('#t'))).toBe(expected);
  });
});

describe('where the Show line goes', () => {
  it.each([
    ['<table><tbody><tr id="b"><td id="s">1</td><td>2</td></tr></tbody></table>', '#s'],
    ['<table><tbody><tr id="b"><th id="s">1</th><td>2</td></tr></tbody></table>', '#s'],
    ['<ul><li id="b">item</li></ul>', '#b'],
    ['<ol><li id="b">item</li></ol>', '#b'],
    ['<dl><dt>t</dt><dd id="b">d</dd></dl>', '#b'],
    ['<div style="display: grid"><div id="b">card</div></div>', '#b'],
    ['<div style="display: flex"><div id="b">post</div></div>', '#b'],
    ['<p id="b">text</p>', '#b'],
  ])('%s → inside %s', (html, spot) => {
    document.body.innerHTML = html;
    expect(lineSpot($('#b'))).toBe($(spot));
  });
});
