import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { PageState } from '../../lib/content/page-state';
import { createPauseController, type PauseController } from '../../lib/content/pause-controller';
import { startSitePause } from '../../lib/content/site-pause';
import { triggerKey } from '../../lib/content/triggers-here';
import { isVeiled } from '../../lib/content/veil';
import type { VisibilityGate } from '../../lib/content/visibility-gate';
import { HOLD_LIMIT_MS } from '../../lib/content/paint-hold';
import { MAX_VEILS_PER_LIST, startWordLists } from '../../lib/content/word-lists';
import type { PauseRequest } from '../../lib/pause/card-protocol';
import { emptySession, type PauseSession } from '../../lib/pause/session';
import { defaultPrefs } from '../../lib/prefs/defaults';
import type { Prefs, Site, Trigger } from '../../lib/prefs/schema';

// The two page features, pause.js's site pause and words.js's word lists, with everything they
// touch handed in: a window, the pause controller, the state reader, the visibility gate, a clock.
// Each test gets its own document (the word scanner's MutationObserver stays on the document it
// was given, so a shared one would let one test's scanner veil the next test's page). A document
// made by createHTMLDocument is 'interactive' in happy-dom (the global one is 'complete'): not
// 'loading', so the word lists decide at once.

const NOW = new Date(2026, 10, 23, 10, 0); // a Monday, 10:00
const HOST = 'news.example';
const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
};

const siteOf = (extra: Partial<Site> = {}): Site => ({ id: 'site1', host: HOST, includeSubdomains: true, pathPrefix: '', label: 'News', ...extra });
const listOf = (extra: Partial<Trigger> = {}): Trigger => ({
  ...TRIGGER_DEFAULTS, id: 'list1', label: 'Visits', words: ['hospital'], action: 'pause', everySite: false, hosts: [HOST], enabled: true, ...extra,
});
const prefsWith = (extra: Partial<Prefs> = {}): Prefs => ({ ...defaultPrefs(), ...extra });
const stateOf = (prefs: Prefs, session: Partial<PauseSession> = {}): PageState => ({ prefs, session: { ...emptySession(), ...session } });

/** Just enough of a window: document, location, top, HTMLElement, and a Navigation API to follow. */
function fakeWin(url = `https://${HOST}/story`, { frame = false } = {}) {
  const target = new EventTarget();
  const document = doc;
  const parsed = new URL(url);
  const location = { href: parsed.href, hostname: parsed.hostname };
  const win = Object.assign(target, { document, location, HTMLElement, navigation: new EventTarget(), setInterval, clearInterval, setTimeout, requestAnimationFrame: () => 0 });
  Object.assign(win, { top: frame ? {} : win });
  const go = (next: string) => {
    const to = new URL(next);
    location.href = to.href;
    location.hostname = to.hostname;
    win.navigation.dispatchEvent(new Event('currententrychange'));
  };
  return { win: win as unknown as Window, go };
}

/** A controller that records what the features ask of it. */
function fakeController(own: (el: Element) => boolean = () => false) {
  const calls: string[] = [];
  const offers: PauseRequest[] = [];
  const controller: PauseController = {
    hold: (holder) => void calls.push(`hold ${holder}`),
    join: (holder) => void calls.push(`join ${holder}`),
    release: (holder) => void calls.push(`release ${holder}`),
    offer: (request) => {
      offers.push(request);
      calls.push(`offer ${request.key}`);
      return true;
    },
    isOwn: own,
  };
  return { controller, calls, offers };
}

type Gate = VisibilityGate & { whenVisible: Mock<VisibilityGate['whenVisible']> };
const immediateGate = (): Gate => ({ whenVisible: vi.fn((_el: Element, then: () => void) => then()) });
const neverGate = (): Gate => ({ whenVisible: vi.fn<VisibilityGate['whenVisible']>() });

/** What the page can see of a cover: children of <html> that are not head or body. */
const coverHosts = () => [...doc.documentElement.children].filter((el) => el !== doc.head && el !== doc.body);
const realController = () =>
  createPauseController({ doc, record: { shown() {}, continued() {}, snoozed() {} }, showCard: () => ({ escape() {}, focus() {} }) });

let doc: Document;
beforeEach(() => {
  doc = document.implementation.createHTMLDocument('');
});

describe('startSitePause', () => {
  it('holds the cover from the start, offers the pause on a chosen site, then lets go', async () => {
    const { win } = fakeWin();
    const { controller, calls, offers } = fakeController();
    const prefs = prefsWith({ sites: [siteOf()] });
    startSitePause({ win, controller, readState: async () => stateOf(prefs, { waitStartedAt: { site1: 123 } }), now: () => NOW });
    expect(calls).toEqual(['hold site']);
    await flush();
    expect(offers).toEqual([{ key: 'site1', label: 'News', kind: 'site', waitStartedAt: 123 }]);
    expect(calls).toEqual(['hold site', 'offer site1', 'release site']);
  });

  it('on a page that is not a chosen site, only takes the cover off', async () => {
    const { win } = fakeWin('https://elsewhere.example/');
    const { controller, calls } = fakeController();
    startSitePause({ win, controller, readState: async () => stateOf(prefsWith({ sites: [siteOf()] })), now: () => NOW });
    await flush();
    expect(calls).toEqual(['hold site', 'release site']);
  });

  it.each([
    ['snoozed', prefsWith({ sites: [siteOf()] }), { snoozedUntil: { site1: NOW.getTime() + 60_000 } }],
    ['continued once this session', prefsWith({ sites: [siteOf()] }), { continued: { site1: NOW.getTime() - 1000 } }],
    ['in quiet hours', prefsWith({ sites: [siteOf()], quietHours: { enabled: true, from: '09:00', to: '11:00', days: [1] } }), {}],
  ])('does not offer a pause while %s', async (_label, prefs, session) => {
    const { win } = fakeWin();
    const { controller, calls } = fakeController();
    startSitePause({ win, controller, readState: async () => stateOf(prefs, session), now: () => NOW });
    await flush();
    expect(calls).toEqual(['hold site', 'release site']);
  });

  it('takes the cover off when reading the state fails', async () => {
    const { win } = fakeWin();
    const { controller, calls } = fakeController();
    startSitePause({ win, controller, readState: () => Promise.reject(new Error('no storage')), now: () => NOW });
    await flush();
    expect(calls).toEqual(['hold site', 'release site']);
  });

  it('takes the real cover off the page when reading the state fails', async () => {
    const { win } = fakeWin();
    const controller = realController();
    startSitePause({ win, controller, readState: () => Promise.reject(new Error('no storage')), now: () => NOW });
    expect(coverHosts()).toHaveLength(1);
    await flush();
    expect(coverHosts()).toEqual([]);
  });

  it('never holds, reads or offers in a frame', async () => {
    const { win } = fakeWin(`https://${HOST}/`, { frame: true });
    const { controller, calls } = fakeController();
    const readState = vi.fn(async () => stateOf(prefsWith({ sites: [siteOf()] })));
    startSitePause({ win, controller, readState, now: () => NOW });
    await flush();
    expect(calls).toEqual([]);
    expect(readState).not.toHaveBeenCalled();
  });

  it('follows a single-page app to a chosen path and offers the pause there', async () => {
    const { win, go } = fakeWin(`https://${HOST}/home`);
    const { controller, offers } = fakeController();
    const prefs = prefsWith({ sites: [siteOf({ pathPrefix: '/world' })] });
    startSitePause({ win, controller, readState: async () => stateOf(prefs), now: () => NOW });
    await flush();
    expect(offers).toEqual([]);
    go(`https://${HOST}/world/today`);
    await flush();
    expect(offers.map((o) => o.key)).toEqual(['site1']);
  });
});

describe('startWordLists', () => {
  const page = (html: string) => {
    doc.body.innerHTML = html;
  };
  const byId = (id: string) => doc.getElementById(id)!;
  const veiledArticles = () => [...doc.querySelectorAll('article')].filter((a) => isVeiled(a));
  const articles = (n: number, word = 'hospital') => Array.from({ length: n }, (_, i) => `<article id="a${i}"><p>Story ${i} about a ${word} visit.</p></article>`).join('');
  const start = (prefs: Prefs, session: Partial<PauseSession> = {}, options: { frame?: boolean; gate?: Gate; own?: (el: Element) => boolean } = {}) => {
    const { win } = fakeWin(`https://${HOST}/story`, { frame: options.frame });
    const fake = fakeController(options.own);
    const gate = options.gate ?? immediateGate();
    startWordLists({ win, controller: fake.controller, readState: async () => stateOf(prefs, session), gate, veilCss: '', now: () => NOW });
    return { ...fake, gate };
  };
  const KEY = triggerKey({ id: 'list1' }, HOST);

  describe('a list that pauses the page', () => {
    it('keeps the cover up while it reads, offers the pause for the list (never the word), then lets go', async () => {
      page('<main><p>Notes from the hospital.</p></main>');
      const { calls, offers } = start(prefsWith({ triggers: [listOf()] }), { waitStartedAt: { [KEY]: 5 } });
      expect(calls).toEqual(['join words']);
      await flush();
      expect(offers).toEqual([{ key: KEY, label: 'Visits', kind: 'words', waitStartedAt: 5 }]);
      expect(calls.at(-1)).toBe('release words');
      expect(JSON.stringify(offers)).not.toContain('hospital');
    });

    it('offers nothing and lets go when the page does not contain the words', async () => {
      page('<main><p>Nothing to see.</p></main>');
      const { calls } = start(prefsWith({ triggers: [listOf()] }));
      await flush();
      expect(calls).toEqual(['join words', 'release words']);
    });

    it.each([
      ['snoozed', prefsWith({ triggers: [listOf()] }), { snoozedUntil: { [KEY]: NOW.getTime() + 60_000 } }],
      ['in quiet hours', prefsWith({ triggers: [listOf()], quietHours: { enabled: true, from: '09:00', to: '11:00', days: [1] } }), {}],
      ['continued once this session (the default frequency)', prefsWith({ triggers: [listOf()] }), { continued: { [KEY]: NOW.getTime() - 1000 } }],
    ])('offers nothing while %s, and lets go at once', async (_label, prefs, session) => {
      page('<main><p>Notes from the hospital.</p></main>');
      const { calls, offers } = start(prefs, session);
      await flush();
      expect(offers).toEqual([]);
      // Nothing may pause: the cover is released before the page is even scanned.
      expect(calls.slice(0, 2)).toEqual(['join words', 'release words']);
      expect(calls.filter((c) => !c.startsWith('release'))).toEqual(['join words']);
    });

    it('offers again after a continue when the person asked for every visit', async () => {
      page('<main><p>Notes from the hospital.</p></main>');
      const prefs = prefsWith({ triggers: [listOf()], pause: { ...defaultPrefs().pause, frequency: 'every-visit' } });
      const { offers } = start(prefs, { continued: { [KEY]: NOW.getTime() - 1000 } });
      await flush();
      expect(offers.map((o) => o.key)).toEqual([KEY]);
    });

    it('a snooze for another list or another site does not hold this one', async () => {
      page('<main><p>Notes from the hospital.</p></main>');
      const { offers } = start(prefsWith({ triggers: [listOf()] }), { snoozedUntil: { 'list1@other.example': NOW.getTime() + 60_000, list2: NOW.getTime() + 60_000 } });
      await flush();
      expect(offers.map((o) => o.key)).toEqual([KEY]);
    });

    it('counts the document title', async () => {
      page('<main><p>Nothing here.</p></main>');
      doc.title = 'Hospital news';
      const { offers } = start(prefsWith({ triggers: [listOf()] }));
      await flush();
      expect(offers.map((o) => o.key)).toEqual([KEY]);
    });

    it('while the page is still loading, reads it all at DOMContentLoaded and only then lets go', async () => {
      const readyState = vi.spyOn(doc, 'readyState', 'get').mockReturnValue('loading');
      page('<main><p>Notes from the hospital.</p></main>');
      const { calls, offers } = start(prefsWith({ triggers: [listOf()] }));
      await flush();
      expect(calls).toEqual(['join words']);
      readyState.mockReturnValue('interactive');
      doc.dispatchEvent(new Event('DOMContentLoaded'));
      expect(offers.map((o) => o.key)).toEqual([KEY]);
      expect(calls.at(-1)).toBe('release words');
    });

    it('in a frame, never joins the cover and never offers a pause', async () => {
      page('<main><p>Notes from the hospital.</p></main>');
      const { calls, offers } = start(prefsWith({ triggers: [listOf()] }), {}, { frame: true });
      await flush();
      expect(offers).toEqual([]);
      expect(calls.filter((c) => !c.startsWith('release'))).toEqual([]);
    });
  });

  it('lets go of the cover when reading the state fails', async () => {
    page('<main><p>Notes from the hospital.</p></main>');
    const { win } = fakeWin();
    const { controller, calls, offers } = fakeController();
    startWordLists({ win, controller, readState: () => Promise.reject(new Error('no storage')), gate: immediateGate(), veilCss: '', now: () => NOW });
    await flush();
    expect(calls).toEqual(['join words', 'release words']);
    expect(offers).toEqual([]);
  });

  it('with both page scripts on a page, the real cover comes off when reading the state fails', async () => {
    page('<main><p>Notes from the hospital.</p></main>');
    const { win } = fakeWin();
    const controller = realController();
    startSitePause({ win, controller, readState: () => Promise.reject(new Error('no storage')), now: () => NOW });
    startWordLists({ win, controller, readState: () => Promise.reject(new Error('no storage')), gate: immediateGate(), veilCss: '', now: () => NOW });
    expect(coverHosts()).toHaveLength(1);
    await flush();
    expect(coverHosts()).toEqual([]);
  });

  it('does nothing at all on a host with no list, and lets go', async () => {
    page(articles(2));
    const { calls, gate } = start(prefsWith({ triggers: [listOf({ action: 'veil', hosts: ['elsewhere.example'] })] }));
    await flush();
    expect(calls).toEqual(['join words', 'release words']);
    expect(gate.whenVisible).not.toHaveBeenCalled();
  });

  describe('while the page loads', () => {
    const rootOpacity = () => ({ value: doc.documentElement.style.getPropertyValue('opacity'), priority: doc.documentElement.style.getPropertyPriority('opacity') });
    afterEach(() => vi.restoreAllMocks());
    const loadingWith = (readState: () => Promise<PageState>, gate: Gate = immediateGate()) => {
      vi.spyOn(doc, 'readyState', 'get').mockReturnValue('loading');
      const { win } = fakeWin();
      const fake = fakeController();
      startWordLists({ win, controller: fake.controller, readState, gate, veilCss: '', now: () => NOW });
      return fake;
    };

    it('paints nothing until the lists are read, then gives the page its own root style back', async () => {
      doc.documentElement.style.setProperty('color', 'navy');
      page(articles(2));
      let answer!: (state: PageState) => void;
      loadingWith(() => new Promise((done) => (answer = done)));
      await flush();
      // The storage answer has not come: the page is drawn fully transparent, whatever its CSS says.
      expect(rootOpacity()).toEqual({ value: '0', priority: 'important' });
      answer(stateOf(prefsWith({ triggers: [listOf({ action: 'veil' })] })));
      await flush();
      expect(rootOpacity()).toEqual({ value: '', priority: '' });
      expect(doc.documentElement.style.getPropertyValue('color')).toBe('navy');
    });

    it('lifts the hold in the task of the first read, before the visibility gate looks at a block', async () => {
      // The global document: happy-dom reads no text in a range over another document's root. No
      // other test of this file touches it, so no other scanner is watching it.
      doc = document;
      page(articles(1));
      // The real gate looks after layout, a rendering step later than any microtask of this read.
      const seen: string[] = [];
      const gate: Gate = { whenVisible: vi.fn((_el: Element, then: () => void) => queueMicrotask(() => (seen.push(rootOpacity().value), then()))) };
      loadingWith(async () => stateOf(prefsWith({ triggers: [listOf({ action: 'veil' })] })), gate);
      await flush();
      expect(gate.whenVisible).toHaveBeenCalledTimes(1);
      expect(seen).toEqual(['']);
    });

    it('keeps an opacity the page set on its root, before the hold and during it', async () => {
      doc.documentElement.style.setProperty('opacity', '0.9');
      page(articles(1));
      loadingWith(async () => stateOf(prefsWith({ triggers: [listOf({ action: 'veil' })] })));
      expect(rootOpacity()).toEqual({ value: '0', priority: 'important' });
      await flush();
      expect(rootOpacity()).toEqual({ value: '0.9', priority: '' });

      doc = document.implementation.createHTMLDocument('');
      page(articles(1));
      let answer!: (state: PageState) => void;
      loadingWith(() => new Promise((done) => (answer = done)));
      doc.documentElement.style.setProperty('opacity', '0.5');
      answer(stateOf(prefsWith({ triggers: [listOf({ action: 'veil' })] })));
      await flush();
      expect(rootOpacity()).toEqual({ value: '0.5', priority: '' });
    });

    it('lets the page paint when reading the state fails, or when no list applies here', async () => {
      page(articles(1));
      loadingWith(() => Promise.reject(new Error('no storage')));
      await flush();
      expect(rootOpacity().value).toBe('');
      expect(doc.documentElement.hasAttribute('style')).toBe(false);

      doc = document.implementation.createHTMLDocument('');
      page(articles(1));
      loadingWith(async () => stateOf(prefsWith({ triggers: [listOf({ action: 'veil', hosts: ['elsewhere.example'] })] })));
      await flush();
      expect(rootOpacity().value).toBe('');
    });

    it(`lets the page paint after ${HOLD_LIMIT_MS} ms if the answer never comes, and still reads it when it does`, async () => {
      vi.useFakeTimers();
      try {
        page(articles(1));
        let answer!: (state: PageState) => void;
        loadingWith(() => new Promise((done) => (answer = done)));
        vi.advanceTimersByTime(HOLD_LIMIT_MS - 1);
        expect(rootOpacity().value).toBe('0');
        vi.advanceTimersByTime(1);
        expect(rootOpacity().value).toBe('');
        // A late answer neither holds the page again nor takes away what the page set since.
        doc.documentElement.style.setProperty('opacity', '0.8');
        answer(stateOf(prefsWith({ triggers: [listOf({ action: 'veil' })] })));
        await vi.advanceTimersByTimeAsync(10);
        expect(rootOpacity().value).toBe('0.8');
      } finally {
        vi.useRealTimers();
      }
    });

    it('never holds a page that has already loaded', () => {
      page(articles(1));
      const { win } = fakeWin();
      startWordLists({ win, controller: fakeController().controller, readState: () => new Promise(() => {}), gate: immediateGate(), veilCss: '', now: () => NOW });
      expect(rootOpacity().value).toBe('');
    });
  });

  describe('a list that blurs or hides', () => {
    it('veils each matching block once it passes the visibility gate, and never offers a pause', async () => {
      page(articles(3) + '<article id="plain"><p>Weather.</p></article>');
      const { offers, gate, calls } = start(prefsWith({ triggers: [listOf({ action: 'veil' })] }));
      await flush();
      expect(gate.whenVisible).toHaveBeenCalledTimes(3);
      for (const i of [0, 1, 2]) expect(isVeiled(byId(`a${i}`))).toBe(true);
      expect(isVeiled(byId('plain'))).toBe(false);
      // The calm solid veil is the default look.
      expect(byId('a0').style.getPropertyValue('visibility')).toBe('hidden');
      expect(offers).toEqual([]);
      // A list that only blurs never keeps the page covered.
      expect(calls.slice(0, 2)).toEqual(['join words', 'release words']);
    });

    it('hides blocks for a hide list', async () => {
      page(articles(2));
      start(prefsWith({ triggers: [listOf({ action: 'hide' })] }));
      await flush();
      expect(byId('a0').style.getPropertyValue('max-height')).toBe('2.25em');
    });

    it('veils nothing while the gate never calls back (blocks nobody could see)', async () => {
      page(articles(3));
      const { gate, offers } = start(prefsWith({ triggers: [listOf({ action: 'veil' })] }), {}, { gate: neverGate() });
      await flush();
      expect(gate.whenVisible).toHaveBeenCalledTimes(3);
      for (const i of [0, 1, 2]) expect(isVeiled(byId(`a${i}`))).toBe(false);
      expect(veiledArticles()).toHaveLength(0);
      expect(offers).toEqual([]);
    });

    it('veils content added later (infinite feeds)', async () => {
      page('<main id="feed"><article><p>Weather.</p></article></main>');
      start(prefsWith({ triggers: [listOf({ action: 'veil' })] }));
      await flush();
      byId('feed').insertAdjacentHTML('beforeend', '<article id="late"><p>A hospital visit.</p></article>');
      await flush();
      expect(isVeiled(byId('late'))).toBe(true);
    });

    it("skips Steady's own elements", async () => {
      page('<div id="steady-ui"><article id="a0"><p>hospital</p></article></div>');
      const mine = byId('steady-ui');
      const { gate } = start(prefsWith({ triggers: [listOf({ action: 'veil' })] }), {}, { own: (el) => el === mine });
      await flush();
      expect(gate.whenVisible).not.toHaveBeenCalled();
    });

    it(`beyond ${MAX_VEILS_PER_LIST} veils for one list, offers exactly one page pause for that list instead, and veils no more`, async () => {
      expect(MAX_VEILS_PER_LIST).toBe(12); // the documented limit (README, options page)
      const total = MAX_VEILS_PER_LIST + 5;
      page(articles(total));
      const { offers } = start(prefsWith({ triggers: [listOf({ action: 'veil' })] }));
      await flush();
      const veiled = Array.from({ length: total }, (_, i) => isVeiled(byId(`a${i}`)));
      expect(veiled.filter(Boolean)).toHaveLength(MAX_VEILS_PER_LIST);
      expect(veiled.slice(0, MAX_VEILS_PER_LIST).every(Boolean)).toBe(true);
      expect(veiled.slice(MAX_VEILS_PER_LIST).some(Boolean)).toBe(false);
      expect(offers).toEqual([{ key: KEY, label: 'Visits', kind: 'words', waitStartedAt: undefined }]);
    });

    it(`exactly ${MAX_VEILS_PER_LIST} veils offer no pause`, async () => {
      page(articles(MAX_VEILS_PER_LIST));
      const { offers } = start(prefsWith({ triggers: [listOf({ action: 'veil' })] }));
      await flush();
      expect(veiledArticles()).toHaveLength(MAX_VEILS_PER_LIST);
      expect(offers).toEqual([]);
    });

    it('counts each list on its own', async () => {
      page(articles(MAX_VEILS_PER_LIST, 'hospital') + articles(MAX_VEILS_PER_LIST, 'ward').replaceAll('id="a', 'id="b'));
      const { offers } = start(prefsWith({ triggers: [listOf({ action: 'veil' }), listOf({ id: 'list2', words: ['ward'], action: 'hide' })] }));
      await flush();
      expect(veiledArticles()).toHaveLength(2 * MAX_VEILS_PER_LIST);
      expect(offers).toEqual([]);
    });

    it(`in a frame, beyond ${MAX_VEILS_PER_LIST} veils offers nothing and keeps veiling (the person asked for veils)`, async () => {
      page(articles(MAX_VEILS_PER_LIST + 3));
      const { offers, calls } = start(prefsWith({ triggers: [listOf({ action: 'veil' })] }), {}, { frame: true });
      await flush();
      expect(veiledArticles()).toHaveLength(MAX_VEILS_PER_LIST + 3);
      expect(offers).toEqual([]);
      expect(calls.filter((c) => !c.startsWith('release'))).toEqual([]);
    });

    it(`beyond ${MAX_VEILS_PER_LIST} veils, a list whose pause is snoozed keeps veiling instead of showing the rest`, async () => {
      page(articles(MAX_VEILS_PER_LIST + 3));
      const { offers } = start(prefsWith({ triggers: [listOf({ action: 'veil' })] }), { snoozedUntil: { [KEY]: NOW.getTime() + 60_000 } });
      await flush();
      expect(veiledArticles()).toHaveLength(MAX_VEILS_PER_LIST + 3);
      expect(offers).toEqual([]);
    });
  });
});
