import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { triggerKey, triggersHere } from '../../lib/content/triggers-here';
import { isVeiled, veilBlock } from '../../lib/content/veil';
import { watchWords } from '../../lib/content/watch-words';
import type { Trigger } from '../../lib/prefs/schema';
import { parseWordList } from '../../lib/words/parse-words';
import { STARTER_LISTS } from '../../lib/words/starter-lists';

const list = (id: string, extra: Partial<Trigger> = {}): Trigger => ({
  ...TRIGGER_DEFAULTS, id, label: '', words: ['hospital'], action: 'veil', everySite: false, hosts: ['news.example'], enabled: true, ...extra,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('triggersHere', () => {
  it.each([
    ['news.example', ['a', 'every']],
    ['m.news.example', ['a', 'every']],
    ['othernews.example', ['every']],
  ])('on %s applies %j', (host, ids) => {
    const triggers = [list('a'), list('off', { enabled: false }), list('every', { everySite: true, hosts: [] })];
    expect(triggersHere({ triggers }, host).map((t) => t.id)).toEqual(ids);
  });

  it('keys a list’s pause per site', () => {
    expect(triggerKey(list('abc'), 'news.example')).toBe('abc@news.example');
  });
});

describe('parseWordList', () => {
  it('splits on lines and commas, trims, joins inner spaces and drops repeats', () => {
    expect(parseWordList(' hospital ,\nward\n\n intensive   care ; Hospital')).toEqual(['hospital', 'ward', 'intensive care']);
  });

  it('starter lists have unique ids and no repeated words', () => {
    expect(new Set(STARTER_LISTS.map((l) => l.id)).size).toBe(STARTER_LISTS.length);
    for (const l of STARTER_LISTS) expect(parseWordList(l.words.join('\n'))).toEqual([...l.words]);
  });
});

describe('veilBlock', () => {
  it('blurs a block, hides it from assistive technology, and puts a closed control before it (revealing: veil.test.ts)', () => {
    document.body.innerHTML = '<article id="a" style="color: red" aria-hidden="false">A hospital visit</article>';
    const block = document.getElementById('a')!;
    const ownUi = new WeakSet<Element>();
    const onReveal = vi.fn();
    veilBlock(block, 'blur', { label: 'Visits', css: '', onReveal }, ownUi);
    expect(block.style.getPropertyValue('filter')).toBe('blur(0.6em)');
    expect(block.getAttribute('aria-hidden')).toBe('true');
    expect(block.hasAttribute('inert')).toBe(true);
    const control = block.previousElementSibling!;
    expect(ownUi.has(control)).toBe(true);
    expect(control.shadowRoot).toBeNull(); // closed: the page cannot read the label
    expect(document.body.innerHTML).not.toContain('Visits');
    expect(isVeiled(block)).toBe(true);
    // A second match in the same block changes nothing.
    veilBlock(block, 'hide', { label: '', css: '', onReveal }, ownUi);
    expect(block.style.getPropertyValue('display')).toBe('');
  });

  it('hides a block with display none', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const block = document.getElementById('p')!;
    veilBlock(block, 'hide', { label: '', css: '', onReveal: () => {} }, new WeakSet());
    expect(block.style.getPropertyValue('display')).toBe('none');
  });
});

describe('watchWords', () => {
  it('reports matches in added content, in the added subtree only', async () => {
    document.body.innerHTML = '<main id="feed"><article>old hospital news</article></main>';
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [list('a')], isOwnUi: () => false, onMatch });
    const item = document.createElement('article');
    item.innerHTML = '<p>a new <b>hospital</b> story</p>';
    document.getElementById('feed')!.append(item, document.createElement('article'));
    await Promise.resolve();
    expect(onMatch).toHaveBeenCalledTimes(1);
    expect(onMatch.mock.calls[0]![0].id).toBe('a');
    expect(onMatch.mock.calls[0]![1]).toBe(item);
    watch.stop();
  });

  it('rescans a block whose text changes, and counts the title', async () => {
    document.body.innerHTML = '<p id="p">nothing yet</p>';
    document.title = 'Hospital times';
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [list('a')], isOwnUi: () => false, onMatch });
    watch.scanSources();
    expect(onMatch).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'a' }), null);
    document.getElementById('p')!.firstChild!.nodeValue = 'now the hospital';
    await Promise.resolve();
    expect(onMatch).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'a' }), document.getElementById('p'));
    watch.stop();
    document.title = '';
  });

  it('follows changes only once asked to, when created not observing', async () => {
    document.body.innerHTML = '<main id="feed"></main>';
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [list('a')], isOwnUi: () => false, onMatch, observe: false });
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<article>a hospital visit</article>');
    await Promise.resolve();
    expect(onMatch).not.toHaveBeenCalled();
    watch.scan(document.documentElement);
    expect(onMatch).toHaveBeenCalledTimes(1);
    watch.observe();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<article>another hospital</article>');
    await Promise.resolve();
    expect(onMatch).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('never reads Steady’s own UI', async () => {
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [list('a')], isOwnUi: (el) => el.id === 'mine', onMatch });
    document.body.insertAdjacentHTML('beforeend', '<div id="mine"><p>hospital</p></div>');
    await Promise.resolve();
    expect(onMatch).not.toHaveBeenCalled();
    watch.stop();
  });
});
