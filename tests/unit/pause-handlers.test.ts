import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { leaveHandler, pauseHandlers, type SenderTab } from '../../lib/background/pause-handlers';
import { createPauseSessionStore } from '../../lib/background/pause-session-store';
import { pauseSessionArea, SESSION_MARK } from '../../lib/background/session-area';
import { emptySession, SESSION_KEY, SNOOZES_KEY } from '../../lib/pause/session';
import { defaultPrefs } from '../../lib/prefs/defaults';
import type { Prefs } from '../../lib/prefs/schema';
import type { KeyValueArea } from '../../lib/prefs/storage';

const NOW = new Date(2026, 10, 23, 10, 0);
const T = NOW.getTime();
const MIN = 60_000;

function setup() {
  const session = createPauseSessionStore({ session: browser.storage.session, lasting: browser.storage.local }, () => NOW);
  const checked: Prefs = { ...defaultPrefs(), helplineCountry: 'NZ' };
  const checkedPrefs = vi.fn(async () => checked);
  return { session, checked, checkedPrefs, handlers: pauseHandlers({ session, checkedPrefs }) };
}
const stored = async () => (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
const storedSnoozes = async () => (await browser.storage.local.get(SNOOZES_KEY))[SNOOZES_KEY];
// The handlers are reached through messaging, so a page could send anything: feed them untyped data.
const anyData = <T>(value: unknown) => value as T;

beforeEach(() => fakeBrowser.reset());

describe('pauseHandlers', () => {
  it('answers exactly the page-script messages: pause state, never preferences or navigation', () => {
    const { handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual(['getCheckedPrefs', 'pauseContinued', 'pauseShown', 'snoozePause']);
  });

  it("getCheckedPrefs answers with the keeper's checked copy", async () => {
    const { handlers, checked, checkedPrefs } = setup();
    expect(await handlers.getCheckedPrefs()).toBe(checked);
    expect(checkedPrefs).toHaveBeenCalledTimes(1);
  });

  it('pauseShown records the show and the start of the wait', async () => {
    const { handlers } = setup();
    await handlers.pauseShown({ key: 'a' });
    expect(await stored()).toEqual({ ...emptySession(), shownAt: { a: T }, waitStartedAt: { a: T } });
  });

  it('pauseContinued records the continue', async () => {
    const { handlers } = setup();
    await handlers.pauseContinued({ key: 'a' });
    expect(await stored()).toEqual({ ...emptySession(), continued: { a: T } });
  });

  it.each([
    [15, T + 15 * MIN],
    [1, T + MIN],
    [720, T + 720 * MIN],
    ['rest-of-day' as const, new Date(2026, 10, 24, 0, 0).getTime()],
  ])('snoozePause with length %j snoozes until %i (kept in storage.local)', async (length, until) => {
    const { handlers, session } = setup();
    await handlers.snoozePause({ key: 'a', length });
    expect(await storedSnoozes()).toEqual({ a: until });
    expect((await session.read()).snoozedUntil).toEqual({ a: until });
  });

  it('accepts a word list key and a key of 200 characters', async () => {
    const { handlers } = setup();
    const long = 'k'.repeat(200);
    await handlers.pauseShown({ key: 'list1@news.example' });
    await handlers.pauseShown({ key: long });
    expect(Object.keys(((await stored()) as { shownAt: object }).shownAt)).toEqual(['list1@news.example', long]);
  });

  describe('bad input changes nothing', () => {
    it.each([
      ['no data', undefined],
      ['null', null],
      ['no key', {}],
      ['empty key', { key: '' }],
      ['numeric key', { key: 7 }],
      ['object key', { key: { id: 'a' } }],
      ['a key longer than 200 characters', { key: 'k'.repeat(201) }],
      ['the old siteId field', { siteId: 'a' }],
    ])('pauseShown / pauseContinued with %s', async (_label, data) => {
      const { handlers } = setup();
      await handlers.pauseShown(anyData(data));
      await handlers.pauseContinued(anyData(data));
      expect(await stored()).toBeUndefined();
    });

    it.each([
      ['length 0', { key: 'a', length: 0 }],
      ['length 1000', { key: 'a', length: 1000 }],
      ['length 721', { key: 'a', length: 721 }],
      ['length -5', { key: 'a', length: -5 }],
      ['length 1.5', { key: 'a', length: 1.5 }],
      ["length 'forever'", { key: 'a', length: 'forever' }],
      ["length '15'", { key: 'a', length: '15' }],
      ['length NaN', { key: 'a', length: Number.NaN }],
      ['length Infinity', { key: 'a', length: Number.POSITIVE_INFINITY }],
      ['length null', { key: 'a', length: null }],
      ['no length', { key: 'a' }],
      ['no key', { length: 15 }],
      ['numeric key', { key: 1, length: 15 }],
      ['the old siteId field', { siteId: 'a', length: 15 }],
      ['no data', undefined],
    ])('snoozePause with %s', async (_label, data) => {
      const { handlers } = setup();
      await handlers.snoozePause(anyData(data));
      expect(await stored()).toBeUndefined();
      expect(await storedSnoozes()).toBeUndefined();
    });

    it('leaves an existing session and existing snoozes exactly as they were', async () => {
      const { handlers } = setup();
      await handlers.pauseShown({ key: 'a' });
      await handlers.snoozePause({ key: 'b', length: 15 });
      const before = await stored();
      const snoozesBefore = await storedSnoozes();
      await handlers.snoozePause(anyData({ key: 'a', length: 'forever' }));
      await handlers.snoozePause(anyData({ key: 'a', length: 0 }));
      await handlers.pauseContinued(anyData({}));
      expect(await stored()).toEqual(before);
      expect(await storedSnoozes()).toEqual(snoozesBefore);
    });
  });
});

describe('leaveHandler (asked by the pause card, one of Steady’s own pages)', () => {
  const setupLeave = (goBackFails = false) => {
    const goBack = vi.fn(async (_tabId: number) => {
      if (goBackFails) throw new Error('Cannot find a next page in history.');
    });
    const replaceWithNewTab = vi.fn(async (_tab: SenderTab & { id: number }) => undefined);
    return { goBack, replaceWithNewTab, leavePage: leaveHandler({ goBack, replaceWithNewTab }) };
  };

  it("takes the sender's tab back, as the browser's Back button would", async () => {
    const { goBack, replaceWithNewTab, leavePage } = setupLeave();
    await leavePage(undefined, { tab: { id: 42, index: 3, windowId: 7 } });
    expect(goBack).toHaveBeenCalledWith(42);
    expect(replaceWithNewTab).not.toHaveBeenCalled();
  });

  it('puts the new-tab page there, passing the whole tab, when there is nowhere to go back to', async () => {
    const { goBack, replaceWithNewTab, leavePage } = setupLeave(true);
    await leavePage(undefined, { tab: { id: 42, index: 3, windowId: 7 } });
    expect(goBack).toHaveBeenCalledTimes(1);
    expect(replaceWithNewTab).toHaveBeenCalledTimes(1);
    expect(replaceWithNewTab).toHaveBeenCalledWith({ id: 42, index: 3, windowId: 7 });
  });

  it('treats tab id 0 as a real tab', async () => {
    const { goBack, replaceWithNewTab, leavePage } = setupLeave(true);
    await leavePage(undefined, { tab: { id: 0, index: 0 } });
    expect(goBack).toHaveBeenCalledWith(0);
    expect(replaceWithNewTab).toHaveBeenCalledWith({ id: 0, index: 0 });
  });

  it.each([
    ['no sender', undefined],
    ['no tab', {}],
    ['a tab without an id', { tab: { index: 2 } }],
  ])('does nothing with %s', async (_label, sender) => {
    const { goBack, replaceWithNewTab, leavePage } = setupLeave();
    await leavePage(undefined, sender);
    expect(goBack).not.toHaveBeenCalled();
    expect(replaceWithNewTab).not.toHaveBeenCalled();
  });

  it('passes on a failure to replace the tab', async () => {
    const leavePage = leaveHandler({
      goBack: async () => Promise.reject(new Error('no history')),
      replaceWithNewTab: async () => Promise.reject(new Error('No tab with id: 42')),
    });
    await expect(leavePage(undefined, { tab: { id: 42, index: 0 } })).rejects.toThrow('No tab with id');
  });

  it('does not touch the pause state', async () => {
    const { leavePage } = setupLeave(true);
    await leavePage(undefined, { tab: { id: 1, index: 0 } });
    expect(await stored()).toBeUndefined();
    expect(await storedSnoozes()).toBeUndefined();
  });
});

describe('pauseSessionArea', () => {
  const area = (): KeyValueArea => ({ get: async () => ({}), set: async () => undefined, remove: async () => undefined });

  const memory = (): KeyValueArea & { data: Record<string, unknown> } => {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (key) => Object.fromEntries((Array.isArray(key) ? key : [key]).filter((k) => k in data).map((k) => [k, data[k]])),
      set: async (items) => void Object.assign(data, items),
      remove: async () => undefined,
    };
  };

  it('uses storage.session where the browser lets page scripts read it (Chrome), opens it to them, and never forgets on its own', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    const session = { ...area(), setAccessLevel };
    const chosen = pauseSessionArea({ session, local: area() });
    expect(chosen.area).toBe(session);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
    const forget = vi.fn(async () => undefined);
    await chosen.startSession(forget);
    expect(forget).not.toHaveBeenCalled();
  });

  it('keeps the state in storage.local where it cannot (Firefox), forgotten once per browser session, whatever wakes the background', async () => {
    const session = memory();
    const local = memory();
    const chosen = pauseSessionArea({ session, local });
    expect(chosen.area).toBe(local);
    const forget = vi.fn(async () => undefined);
    await chosen.startSession(forget); // first background start of this browser session
    await chosen.startSession(forget); // the event page woke again later in the same session
    expect(forget).toHaveBeenCalledTimes(1);
    // A browser restart empties storage.session: the next start forgets again.
    delete session.data[SESSION_MARK];
    await chosen.startSession(forget);
    expect(forget).toHaveBeenCalledTimes(2);
  });

  it('does not throw when opening storage.session fails', async () => {
    const session = { ...area(), setAccessLevel: vi.fn(async () => Promise.reject(new Error('not allowed'))) };
    expect(pauseSessionArea({ session, local: area() }).area).toBe(session);
    await Promise.resolve();
  });
});
