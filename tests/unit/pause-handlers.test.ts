import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { pauseHandlers, type SenderTab } from '../../lib/background/pause-handlers';
import { createPauseSessionStore } from '../../lib/background/pause-session-store';
import { emptySession, SESSION_KEY } from '../../lib/pause/session';

const NOW = new Date(2026, 10, 23, 10, 0);
const T = NOW.getTime();
const MIN = 60_000;

function setup() {
  const session = createPauseSessionStore(browser.storage.session, () => NOW);
  const replaceWithNewTab = vi.fn(async (_tab: SenderTab & { id: number }) => undefined);
  return { session, replaceWithNewTab, handlers: pauseHandlers({ session, replaceWithNewTab }) };
}
const stored = async () => (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
// The handlers are reached through messaging, so a page could send anything: feed them untyped data.
const anyData = <T>(value: unknown) => value as T;

beforeEach(() => fakeBrowser.reset());

describe('pauseHandlers', () => {
  it('getPauseSession reads the session', async () => {
    const { handlers, session } = setup();
    expect(await handlers.getPauseSession()).toEqual(emptySession());
    await session.shown('a');
    expect(await handlers.getPauseSession()).toMatchObject({ shownAt: { a: T } });
  });

  it('pauseShown records the show and the start of the wait', async () => {
    const { handlers } = setup();
    await handlers.pauseShown({ siteId: 'a' });
    expect(await stored()).toEqual({ ...emptySession(), shownAt: { a: T }, waitStartedAt: { a: T } });
  });

  it('pauseContinued records the continue', async () => {
    const { handlers } = setup();
    await handlers.pauseContinued({ siteId: 'a' });
    expect(await stored()).toEqual({ ...emptySession(), continued: { a: T } });
  });

  it.each([
    [15, T + 15 * MIN],
    [1, T + MIN],
    [720, T + 720 * MIN],
    ['rest-of-day' as const, new Date(2026, 10, 24, 0, 0).getTime()],
  ])('snoozeSite with length %j snoozes until %i', async (length, until) => {
    const { handlers } = setup();
    await handlers.snoozeSite({ siteId: 'a', length });
    expect(await stored()).toEqual({ ...emptySession(), snoozedUntil: { a: until } });
  });

  describe('bad input changes nothing', () => {
    it.each([
      ['no data', undefined],
      ['null', null],
      ['no siteId', {}],
      ['empty siteId', { siteId: '' }],
      ['numeric siteId', { siteId: 7 }],
      ['object siteId', { siteId: { id: 'a' } }],
    ])('pauseShown / pauseContinued with %s', async (_label, data) => {
      const { handlers } = setup();
      await handlers.pauseShown(anyData(data));
      await handlers.pauseContinued(anyData(data));
      expect(await stored()).toBeUndefined();
    });

    it.each([
      ['length 0', { siteId: 'a', length: 0 }],
      ['length 1000', { siteId: 'a', length: 1000 }],
      ['length 721', { siteId: 'a', length: 721 }],
      ['length -5', { siteId: 'a', length: -5 }],
      ["length 'forever'", { siteId: 'a', length: 'forever' }],
      ["length '15'", { siteId: 'a', length: '15' }],
      ['length NaN', { siteId: 'a', length: Number.NaN }],
      ['length Infinity', { siteId: 'a', length: Number.POSITIVE_INFINITY }],
      ['length null', { siteId: 'a', length: null }],
      ['no length', { siteId: 'a' }],
      ['no siteId', { length: 15 }],
      ['numeric siteId', { siteId: 1, length: 15 }],
      ['no data', undefined],
    ])('snoozeSite with %s', async (_label, data) => {
      const { handlers } = setup();
      await handlers.snoozeSite(anyData(data));
      expect(await stored()).toBeUndefined();
    });

    it('leaves an existing session exactly as it was', async () => {
      const { handlers } = setup();
      await handlers.pauseShown({ siteId: 'a' });
      const before = await stored();
      await handlers.snoozeSite(anyData({ siteId: 'a', length: 'forever' }));
      await handlers.snoozeSite(anyData({ siteId: 'a', length: 0 }));
      await handlers.pauseContinued(anyData({}));
      expect(await stored()).toEqual(before);
    });
  });

  describe('leavePage', () => {
    it("replaces the sender's tab with the new-tab page, passing the whole tab", async () => {
      const { handlers, replaceWithNewTab } = setup();
      await handlers.leavePage(undefined, { tab: { id: 42, index: 3, windowId: 7 } });
      expect(replaceWithNewTab).toHaveBeenCalledTimes(1);
      expect(replaceWithNewTab).toHaveBeenCalledWith({ id: 42, index: 3, windowId: 7 });
    });

    it('treats tab id 0 as a real tab', async () => {
      const { handlers, replaceWithNewTab } = setup();
      await handlers.leavePage(undefined, { tab: { id: 0, index: 0 } });
      expect(replaceWithNewTab).toHaveBeenCalledWith({ id: 0, index: 0 });
    });

    it.each([
      ['no tab', {}],
      ['a tab without an id', { tab: { index: 2 } }],
    ])('does nothing with %s', async (_label, sender) => {
      const { handlers, replaceWithNewTab } = setup();
      await handlers.leavePage(undefined, sender);
      expect(replaceWithNewTab).not.toHaveBeenCalled();
    });

    it('waits for the tab to be replaced and passes on a failure', async () => {
      const { session } = setup();
      const replaceWithNewTab = vi.fn(async () => {
        throw new Error('No tab with id: 42');
      });
      await expect(pauseHandlers({ session, replaceWithNewTab }).leavePage(undefined, { tab: { id: 42, index: 0 } })).rejects.toThrow(
        'No tab with id',
      );
    });

    it('does not touch the session', async () => {
      const { handlers } = setup();
      await handlers.leavePage(undefined, { tab: { id: 1, index: 0 } });
      expect(await stored()).toBeUndefined();
    });
  });
});
