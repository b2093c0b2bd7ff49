import { describe, expect, it, vi } from 'vitest';
import { readPageState, type PageStateSources } from '../../lib/content/page-state';
import { emptySession, SESSION_KEY, SNOOZES_KEY } from '../../lib/pause/session';
import { defaultPrefs } from '../../lib/prefs/defaults';
import type { Prefs } from '../../lib/prefs/schema';
import { ORG_KEY } from '../../lib/prefs/organisation';
import { PREFS_KEY, STAMPS_KEY, WORD_INDEX_KEY } from '../../lib/prefs/storage';
import { PREFS_VERSION } from '../../lib/prefs/version';

/** A storage area holding `items`, recording which keys were asked for. */
function area(items: Record<string, unknown>) {
  const asked: Array<string | string[]> = [];
  return {
    asked,
    get: vi.fn(async (keys: string | string[]) => {
      asked.push(keys);
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in items).map((k) => [k, structuredClone(items[k])]));
    }),
  };
}

const CHECKED: Prefs = { ...defaultPrefs(), helplineCountry: 'IE' };

function sources({ local = {}, session = {} as Record<string, unknown> | 'throws' | 'rejects' | 'missing' } = {}) {
  const ask = vi.fn(async (_type: 'getCheckedPrefs') => CHECKED);
  const sessionArea =
    session === 'missing'
      ? undefined
      : session === 'throws'
        ? { get: vi.fn(() => { throw new Error('Access to storage is not allowed from this context.'); }) }
        : session === 'rejects'
          ? { get: vi.fn(() => Promise.reject(new Error('Access to storage is not allowed from this context.'))) }
          : area(session);
  const localArea = area(local);
  return { ask, local: localArea, session: sessionArea, all: { local: localArea, session: sessionArea, ask } as PageStateSources };
}

describe('readPageState: preferences', () => {
  it('trusts a stored copy of the current version as it is, without checking it or asking the background', async () => {
    // Not valid against the schema at all: the page never carries schema code; the background,
    // the only writer, checked it when it wrote it.
    const stored = { version: PREFS_VERSION, sites: 'not checked here', anything: 1 };
    const { all, ask } = sources({ local: { [PREFS_KEY]: stored } });
    const { prefs } = await readPageState(all);
    expect(prefs).toEqual(stored);
    expect(ask).not.toHaveBeenCalled();
  });

  it.each([
    ['an older version', { ...defaultPrefs(), version: PREFS_VERSION - 1 }],
    ['a newer version', { ...defaultPrefs(), version: PREFS_VERSION + 1 }],
    ['a version given as text', { ...defaultPrefs(), version: String(PREFS_VERSION) }],
    ['no version', { sites: [] }],
    ['junk', 'prefs'],
    ['null', null],
  ])('asks the background for its checked copy when the store holds %s', async (_label, stored) => {
    const { all, ask } = sources({ local: { [PREFS_KEY]: stored } });
    const { prefs } = await readPageState(all);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith('getCheckedPrefs');
    expect(prefs).toBe(CHECKED);
  });

  it('asks the background when nothing is stored yet', async () => {
    const { all, ask } = sources();
    expect((await readPageState(all)).prefs).toBe(CHECKED);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('fails (and the page is uncovered by the caller) when the background cannot answer', async () => {
    const { all, ask } = sources();
    ask.mockRejectedValue(new Error('No answer to getCheckedPrefs'));
    await expect(readPageState(all)).rejects.toThrow('No answer');
  });

  it('fails when storage.local cannot be read', async () => {
    const { all, local } = sources();
    local.get.mockRejectedValue(new Error('gone'));
    await expect(readPageState(all)).rejects.toThrow('gone');
  });
});

describe('readPageState: pause state', () => {
  const current = { version: PREFS_VERSION };
  const T = 1_800_000_000_000;

  it('reads the session from storage.session where the page may (Chrome)', async () => {
    const session = { ...emptySession(), continued: { a: T }, shownAt: { a: T - 5 } };
    const { all, ask } = sources({ local: { [PREFS_KEY]: current }, session: { [SESSION_KEY]: session } });
    expect((await readPageState(all)).session).toEqual(session);
    expect(ask).not.toHaveBeenCalled();
  });

  it.each(['throws', 'rejects', 'missing'] as const)(
    'reads the session from storage.local when storage.session %s (Firefox keeps it there), without asking the background',
    async (how) => {
      const session = { ...emptySession(), continued: { a: T } };
      const { all, ask } = sources({ local: { [PREFS_KEY]: current, [SESSION_KEY]: session }, session: how });
      expect((await readPageState(all)).session).toEqual(session);
      expect(ask).not.toHaveBeenCalled();
    },
  );

  it('prefers storage.session over a copy in storage.local', async () => {
    const { all } = sources({
      local: { [PREFS_KEY]: current, [SESSION_KEY]: { ...emptySession(), continued: { old: 1 } } },
      session: { [SESSION_KEY]: { ...emptySession(), continued: { fresh: 2 } } },
    });
    expect((await readPageState(all)).session.continued).toEqual({ fresh: 2 });
  });

  it('reads an empty session when there is none', async () => {
    const { all } = sources({ local: { [PREFS_KEY]: current } });
    expect((await readPageState(all)).session).toEqual(emptySession());
  });

  it('reads through junk in the stored session', async () => {
    const { all } = sources({ local: { [PREFS_KEY]: current }, session: { [SESSION_KEY]: { continued: { a: 'x', b: 2 }, shownAt: 7 } } });
    expect((await readPageState(all)).session).toEqual({ ...emptySession(), continued: { b: 2 } });
  });

  it('merges the snoozes from storage.local (they outlast the browser session), over any in the session', async () => {
    const { all } = sources({
      local: { [PREFS_KEY]: current, [SNOOZES_KEY]: { a: T + 60_000, junk: 'x' } },
      session: { [SESSION_KEY]: { ...emptySession(), continued: { b: T }, snoozedUntil: { stale: T } } },
    });
    const { session } = await readPageState(all);
    expect(session.snoozedUntil).toEqual({ a: T + 60_000 });
    expect(session.continued).toEqual({ b: T });
  });

  // The organisation's part and the dates of the person's changes come in the same read (no extra wait).
  it('reads everything from storage.local in one call', async () => {
    const { all, local } = sources({ local: { [PREFS_KEY]: current } });
    await readPageState(all);
    expect(local.get).toHaveBeenCalledTimes(1);
    expect([...(local.asked[0] as string[])].sort()).toEqual([PREFS_KEY, SESSION_KEY, SNOOZES_KEY, ORG_KEY, STAMPS_KEY, WORD_INDEX_KEY].sort());
  });
});
