import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isListOn, triggerKey, triggersHere } from '../../lib/content/triggers-here';
import { planContentScripts } from '../../lib/background/content-scripts';
import { endingsLanguage, withEndings } from '../../lib/words/word-endings';
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

describe('watchWords while the page loads', () => {
  /** A document still being parsed, with animation frames run by hand. */
  function loading() {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const frames: FrameRequestCallback[] = [];
    const win = { requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb) };
    const frame = () => frames.splice(0).forEach((cb) => cb(0));
    const parsed = () => {
      Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
      document.dispatchEvent(new Event('DOMContentLoaded'));
    };
    return { win, frame, parsed };
  }
  afterEach(() => void delete (document as { readyState?: string }).readyState);

  it('reads each frame, then observes every change once the page is parsed', async () => {
    const page = loading();
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [list('a')], isOwnUi: () => false, onMatch, frames: page.win });
    watch.scanExisting();
    const first = Object.assign(document.createElement('p'), { textContent: 'The hospital, at first.' });
    document.body.append(first);
    page.frame();
    expect(onMatch.mock.calls.map((c) => c[1])).toEqual([first]);
    page.parsed();
    const later = Object.assign(document.createElement('p'), { textContent: 'The hospital, later.' });
    document.body.append(later);
    await Promise.resolve();
    expect(onMatch.mock.calls.map((c) => c[1])).toEqual([first, later]);
    watch.stop();
  });

  it('once the page is parsed, sees a change to the text the parser wrote last', async () => {
    const page = loading();
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [list('a')], isOwnUi: () => false, onMatch, frames: page.win });
    watch.scanExisting();
    const last = Object.assign(document.createElement('p'), { textContent: 'A calm line.' });
    document.body.append(last);
    page.frame();
    page.parsed();
    // The page's last text is still open to the parser at its last read, so nothing but the whole
    // document's observation covers it.
    (last.firstChild as Text).data = 'The hospital, now.';
    await Promise.resolve();
    expect(onMatch.mock.calls.map((c) => c[1])).toEqual([last]);
    watch.stop();
    (last.firstChild as Text).data = 'The hospital, after stop.';
    await Promise.resolve();
    expect(onMatch).toHaveBeenCalledTimes(1);
  });

  it('stopped while the page loads, stays stopped once it is parsed', async () => {
    const page = loading();
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [list('a')], isOwnUi: () => false, onMatch, frames: page.win });
    watch.scanExisting();
    watch.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'The hospital.' }));
    page.frame();
    page.parsed();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'The hospital again.' }));
    await Promise.resolve();
    expect(onMatch).not.toHaveBeenCalled();
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

describe('a list that ends', () => {
  const NOW = Date.UTC(2026, 11, 1, 12);
  it.each([
    [0, true],
    [NOW + 1, true],
    [NOW, false],
    [NOW - 86_400_000, false],
  ])('endsAt %d: on now is %s', (endsAt, on) => {
    expect(isListOn(list('a', { endsAt }), NOW)).toBe(on);
    expect(triggersHere({ triggers: [list('a', { endsAt })] }, 'news.example', NOW).length).toBe(on ? 1 : 0);
  });

  it('an ended list gets no script on its sites', () => {
    const plans = planContentScripts({ sites: [], triggers: [list('a', { endsAt: NOW - 1 })] }, false, NOW);
    expect(plans.find((p) => p.file === 'words.js')?.matches).toEqual([]);
    const on = planContentScripts({ sites: [], triggers: [list('a', { endsAt: NOW + 1 })] }, false, NOW);
    expect(on.find((p) => p.file === 'words.js')?.matches.length).toBeGreaterThan(0);
  });
});

describe('watchWords: page parts and word endings', () => {
  const run = (html: string, trigger: Trigger, lang = 'en') => {
    document.documentElement.lang = lang;
    document.body.innerHTML = html;
    const onMatch = vi.fn();
    const watch = watchWords(document, { triggers: [trigger], isOwnUi: () => false, onMatch, observe: false });
    watch.scan(document.body);
    watch.stop();
    return onMatch.mock.calls.map((call) => (call[1] as Element | null)?.id);
  };
  const PAGE = '<nav><ul><li id="n">Hospital news</li></ul></nav><main><p id="p">A hospital visit.</p></main><footer><p id="f">Hospital contacts</p></footer>';

  it('leaves navigation, menus and the page footer alone by default', () => {
    expect(run(PAGE, list('a'))).toEqual(['p']);
  });

  it('looks there too when the list says so', () => {
    expect(run(PAGE, list('a', { skipPageParts: false }))).toEqual(['n', 'p', 'f']);
  });

  it('finds common word endings only when the list asks for them', () => {
    const html = '<p id="a">Two funerals.</p><p id="b">She buried it.</p><p id="c">The warden.</p>';
    const trigger = (wordEndings: boolean) => list('a', { words: ['funeral', 'bury', 'war'], wordEndings });
    expect(run(html, trigger(false))).toEqual([]);
    expect(run(html, trigger(true))).toEqual(['a', 'b']);
  });

  it('uses the page language for the endings', () => {
    const html = '<p id="a">Die Kinder spielen.</p>';
    expect(run(html, list('a', { words: ['Kind'], wordEndings: true }), 'en')).toEqual([]);
    expect(run(html, list('a', { words: ['Kind'], wordEndings: true }), 'de-DE')).toEqual(['a']);
  });
});

describe('withEndings', () => {
  it.each([
    ['funeral', 'en', ['funerals', 'funeraled', 'funeraling']],
    ['bury', 'en', ['buries', 'buried', 'burying']],
    ['die', 'en', ['dies', 'died', 'dying']],
    ['bruise', 'en', ['bruises', 'bruised', 'bruising']],
    ['crash', 'en', ['crashes', 'crashed', 'crashing']],
    ['stab', 'en', ['stabs', 'stabbed', 'stabbing']],
    ['car crash', 'en', ['car crashes']],
    ['hospital', 'es', ['hospitales']],
    ['herida', 'es', ['heridas']],
    ['cruz', 'es', ['cruces']],
    ['Kind', 'de', ['Kinder', 'Kindern']],
  ] as const)('%s (%s) also finds %j', (word, language, forms) => {
    const out = withEndings([word], language);
    expect(out[0]).toBe(word);
    for (const form of forms) expect(out).toContain(form);
  });

  it('leaves a word ending in * and short words as they are', () => {
    expect(withEndings(['icu*', 'ox', 'A&E'], 'en')).toEqual(['icu*', 'ox', 'A&E']);
  });

  it.each([
    ['en-GB', 'en'],
    ['es-MX', 'es'],
    ['de', 'de'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
  ] as const)('page language %j uses the %s rules', (lang, expected) => {
    expect(endingsLanguage(lang)).toBe(expected);
  });
});
