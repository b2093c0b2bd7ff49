import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createPauseSessionStore } from '../../lib/background/pause-session-store';
import { emptySession, endOfDay, readSession, readSnoozes, SESSION_KEY, SNOOZES_KEY } from '../../lib/pause/session';
import type { KeyValueArea } from '../../lib/prefs/storage';

describe('emptySession', () => {
  it('has the four empty maps', () => {
    expect(emptySession()).toEqual({ continued: {}, shownAt: {}, snoozedUntil: {}, waitStartedAt: {} });
  });

  it('returns a fresh object each time', () => {
    const a = emptySession();
    a.continued.x = 1;
    expect(emptySession().continued).toEqual({});
  });
});

describe('readSession', () => {
  it.each([undefined, null, 0, 42, 'pauseSession', true, [], () => 1])('turns the junk value %j into an empty session', (value) => {
    expect(readSession(value)).toEqual(emptySession());
  });

  it('keeps a well-formed session', () => {
    const stored = { continued: { a: 1 }, shownAt: { a: 2, b: 3 }, snoozedUntil: { c: 4 }, waitStartedAt: { a: 5 } };
    expect(readSession(stored)).toEqual(stored);
  });

  it('drops values that are not numbers and keeps the rest', () => {
    expect(
      readSession({
        continued: { a: 1, b: '2', c: null, d: { at: 3 }, e: true },
        shownAt: { a: 10, b: undefined, c: [5] },
        snoozedUntil: { a: 'forever', b: 99 },
        waitStartedAt: { a: 7 },
      }),
    ).toEqual({ continued: { a: 1 }, shownAt: { a: 10 }, snoozedUntil: { b: 99 }, waitStartedAt: { a: 7 } });
  });

  it('fills in missing or malformed maps and ignores unknown keys', () => {
    expect(readSession({ continued: 'x', shownAt: null, snoozedUntil: 5, extra: { a: 1 } })).toEqual(emptySession());
    expect(readSession({ continued: { a: 1 } })).toEqual({ ...emptySession(), continued: { a: 1 } });
  });

  it('does not share objects with the stored value', () => {
    const stored = { continued: { a: 1 } };
    const session = readSession(stored);
    session.continued.b = 2;
    expect(stored.continued).toEqual({ a: 1 });
  });
});

describe('endOfDay', () => {
  it.each([
    [new Date(2026, 10, 23, 23, 30), new Date(2026, 10, 24, 0, 0)],
    [new Date(2026, 10, 23, 0, 0), new Date(2026, 10, 24, 0, 0)],
    [new Date(2026, 10, 23, 12, 0, 0, 1), new Date(2026, 10, 24, 0, 0)],
    [new Date(2026, 10, 30, 18, 0), new Date(2026, 11, 1, 0, 0)],
    [new Date(2026, 11, 31, 23, 59, 59, 999), new Date(2027, 0, 1, 0, 0)],
  ])('%s -> %s (the next local midnight)', (now, expected) => {
    expect(endOfDay(now)).toBe(expected.getTime());
  });

  it('does not change the date it is given', () => {
    const now = new Date(2026, 10, 23, 9, 15);
    const before = now.getTime();
    endOfDay(now);
    expect(now.getTime()).toBe(before);
  });
});

describe('readSnoozes', () => {
  it.each([undefined, null, 0, 'x', true])('turns the junk value %j into no snoozes', (value) => {
    expect(readSnoozes(value)).toEqual({});
  });

  it('keeps numbers only', () => {
    expect(readSnoozes({ a: 1, b: '2', c: null, d: { until: 3 } })).toEqual({ a: 1 });
  });
});

describe('createPauseSessionStore', () => {
  const MIN = 60_000;
  let clock: Date;
  const now = () => clock;
  const areas = () => ({ session: browser.storage.session, lasting: browser.storage.local });
  const storedSession = async (area: KeyValueArea = browser.storage.session) => (await area.get(SESSION_KEY))[SESSION_KEY];
  const storedSnoozes = async (area: KeyValueArea = browser.storage.local) => (await area.get(SNOOZES_KEY))[SNOOZES_KEY];

  beforeEach(() => {
    fakeBrowser.reset();
    clock = new Date(2026, 10, 23, 10, 0);
  });

  it('reads an empty session when nothing is stored', async () => {
    const store = createPauseSessionStore(areas(), now);
    expect(await store.read()).toEqual(emptySession());
  });

  it('reads through junk in storage', async () => {
    await browser.storage.session.set({ [SESSION_KEY]: 'garbage' });
    await browser.storage.local.set({ [SNOOZES_KEY]: ['junk'] });
    const store = createPauseSessionStore(areas(), now);
    expect(await store.read()).toEqual(emptySession());
    await store.shown('a');
    expect(await storedSession()).toEqual({ ...emptySession(), shownAt: { a: clock.getTime() }, waitStartedAt: { a: clock.getTime() } });
  });

  it('records when a pause was shown and when the gentle wait began', async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.shown('a');
    const t = clock.getTime();
    expect(await store.read()).toEqual({ continued: {}, shownAt: { a: t }, snoozedUntil: {}, waitStartedAt: { a: t } });
  });

  it('keeps the first waitStartedAt when the pause is shown again (a reload never restarts the wait)', async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.shown('a');
    const first = clock.getTime();
    clock = new Date(first + 5_000);
    await store.shown('a');
    const session = await store.read();
    expect(session.waitStartedAt.a).toBe(first);
    expect(session.shownAt.a).toBe(first + 5_000);
  });

  it('a continue records the time and clears the wait, so the next pause waits afresh', async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.shown('a');
    await store.shown('b');
    clock = new Date(clock.getTime() + MIN);
    await store.continued('a');
    let session = await store.read();
    expect(session.continued).toEqual({ a: clock.getTime() });
    expect(session.waitStartedAt).toEqual({ b: clock.getTime() - MIN });

    clock = new Date(clock.getTime() + MIN);
    await store.shown('a');
    session = await store.read();
    expect(session.waitStartedAt.a).toBe(clock.getTime());
  });

  it.each([1, 15, 60, 720])('snoozes a key for %i minutes, in the lasting area, and clears its wait', async (minutes) => {
    const store = createPauseSessionStore(areas(), now);
    await store.shown('a');
    await store.snooze('a', minutes);
    const session = await store.read();
    expect(session.snoozedUntil).toEqual({ a: clock.getTime() + minutes * MIN });
    expect(session.waitStartedAt).toEqual({});
    expect(await storedSnoozes()).toEqual({ a: clock.getTime() + minutes * MIN });
    // The session area never holds snoozes.
    expect(await storedSession()).toMatchObject({ snoozedUntil: {} });
  });

  it('snoozes a key for the rest of the day (until local midnight)', async () => {
    clock = new Date(2026, 10, 23, 23, 30);
    const store = createPauseSessionStore(areas(), now);
    await store.snooze('a', 'rest-of-day');
    expect((await store.read()).snoozedUntil).toEqual({ a: new Date(2026, 10, 24, 0, 0).getTime() });
  });

  it("a 'rest-of-day' snooze survives a browser restart (which clears storage.session only)", async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.shown('a');
    await store.continued('b');
    await store.snooze('a', 'rest-of-day');
    // The browser closes: storage.session is gone, storage.local stays; a new worker starts.
    await browser.storage.session.clear();
    const restarted = createPauseSessionStore(areas(), now);
    const session = await restarted.read();
    expect(session.snoozedUntil).toEqual({ a: new Date(2026, 10, 24, 0, 0).getTime() });
    expect(session.continued).toEqual({});
    expect(session.shownAt).toEqual({});
  });

  it('drops snoozes that ran out on the next snooze write, and keeps the ones still running', async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.snooze('short', 1);
    await store.snooze('long', 60);
    await store.snooze('today', 'rest-of-day');
    clock = new Date(clock.getTime() + 2 * MIN);
    // Reading does not prune (it writes nothing); the decision ignores a snooze in the past anyway.
    expect(Object.keys((await store.read()).snoozedUntil).sort()).toEqual(['long', 'short', 'today']);
    await store.snooze('next', 15);
    const t = clock.getTime();
    expect(await storedSnoozes()).toEqual({
      long: t - 2 * MIN + 60 * MIN,
      today: new Date(2026, 10, 24, 0, 0).getTime(),
      next: t + 15 * MIN,
    });
  });

  it('drops a snooze that ends exactly now', async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.snooze('a', 1);
    clock = new Date(clock.getTime() + MIN);
    await store.snooze('b', 1);
    expect(Object.keys((await storedSnoozes()) as object)).toEqual(['b']);
  });

  it('a later snooze replaces an earlier one', async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.snooze('a', 60);
    await store.snooze('a', 15);
    expect((await store.read()).snoozedUntil.a).toBe(clock.getTime() + 15 * MIN);
  });

  it('ignores snoozes left in the session area by an older version', async () => {
    await browser.storage.session.set({ [SESSION_KEY]: { ...emptySession(), snoozedUntil: { a: clock.getTime() + MIN } } });
    const store = createPauseSessionStore(areas(), now);
    expect((await store.read()).snoozedUntil).toEqual({});
  });

  it('lets every one of many concurrent calls land', async () => {
    const store = createPauseSessionStore(areas(), now);
    const ids = Array.from({ length: 20 }, (_, i) => `site${i}`);
    await Promise.all([
      ...ids.map((id) => store.shown(id)),
      ...ids.map((id) => store.continued(id)),
      ...ids.map((id) => store.snooze(id, 15)),
    ]);
    const session = await store.read();
    const t = clock.getTime();
    for (const id of ids) {
      expect(session.shownAt[id]).toBe(t);
      expect(session.continued[id]).toBe(t);
      expect(session.snoozedUntil[id]).toBe(t + 15 * MIN);
    }
    expect(session.waitStartedAt).toEqual({});
  });

  it('applies concurrent calls in the order they were made', async () => {
    const store = createPauseSessionStore(areas(), now);
    await Promise.all([store.shown('a'), store.continued('a'), store.shown('a')]);
    expect((await store.read()).waitStartedAt).toEqual({ a: clock.getTime() });
  });

  it('keeps going after a failed write', async () => {
    let fail = true;
    const session: KeyValueArea = {
      get: (keys) => browser.storage.session.get(keys),
      set: async (items) => {
        if (fail) {
          fail = false;
          throw new Error('quota');
        }
        await browser.storage.session.set(items);
      },
      remove: (keys) => browser.storage.session.remove(keys),
    };
    const store = createPauseSessionStore({ session, lasting: browser.storage.local }, now);
    const first = store.shown('a');
    const second = store.shown('b');
    await expect(first).rejects.toThrow('quota');
    await second;
    expect((await store.read()).shownAt).toEqual({ b: clock.getTime() });
  });

  it('keeps the other keys of both areas', async () => {
    await browser.storage.local.set({ prefs: { keep: true } });
    await browser.storage.session.set({ other: 1 });
    const store = createPauseSessionStore(areas(), now);
    await store.shown('a');
    await store.snooze('a', 15);
    expect((await browser.storage.local.get('prefs')).prefs).toEqual({ keep: true });
    expect((await browser.storage.session.get('other')).other).toBe(1);
    expect(await storedSession(browser.storage.local)).toBeUndefined();
    expect(await storedSnoozes(browser.storage.session)).toBeUndefined();
  });

  it('clear forgets continues, shows and waits (the session area)', async () => {
    const store = createPauseSessionStore(areas(), now);
    await store.shown('a');
    await store.continued('b');
    await store.clear();
    expect(await store.read()).toEqual(emptySession());
    expect(await storedSession()).toEqual(emptySession());
  });

  it('uses the real clock by default', async () => {
    const store = createPauseSessionStore(areas());
    const before = Date.now();
    await store.shown('a');
    const after = Date.now();
    const at = (await store.read()).shownAt.a!;
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
  });
});
