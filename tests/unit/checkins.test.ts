import { describe, expect, it } from 'vitest';
import { checkInsFile, createCheckIns, DAY_MS, type CheckInStorage } from '../../lib/history/checkins';
import { describeCheckIn, describeSummary, describeTrend } from '../../lib/history/describe';
import { chartable, practiceSummaries } from '../../lib/history/summary';

/** An in-memory stand-in for idb-keyval's store, with the same operations. */
function memoryStorage(): CheckInStorage & { map: Map<IDBValidKey, unknown> } {
  const map = new Map<IDBValidKey, unknown>();
  return {
    map,
    entries: async () => [...map.entries()],
    set: async (key, value) => void map.set(key, structuredClone(value)),
    delMany: async (keys) => keys.forEach((k) => map.delete(k)),
    clear: async () => map.clear(),
  };
}

function setup(start = Date.UTC(2026, 10, 1)) {
  const storage = memoryStorage();
  let now = start;
  let n = 0;
  const history = createCheckIns(storage, () => now, () => `id-${++n}`);
  return { storage, history, tick: (ms: number) => (now += ms) };
}

describe('check-in storage', () => {
  it('saves a check-in with the time and reads it back', async () => {
    const { history } = setup();
    const saved = await history.add({ exerciseId: 'orienting', before: { scale: 3 }, after: { scale: 6, words: '  a bit calmer ' } });
    expect(saved).toEqual({ id: 'id-1', at: Date.UTC(2026, 10, 1), exerciseId: 'orienting', before: { scale: 3 }, after: { scale: 6, words: 'a bit calmer' } });
    expect(await history.list()).toEqual([saved]);
  });

  it('saves nothing when neither before nor after says anything', async () => {
    const { history, storage } = setup();
    expect(await history.add({ exerciseId: 'orienting', before: {}, after: { words: '   ' } })).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('refuses numbers outside 0 to 10 and ids that are not ids', async () => {
    const { history, storage } = setup();
    await expect(history.add({ exerciseId: 'orienting', after: { scale: 11 } })).rejects.toThrow();
    await expect(history.add({ exerciseId: 'not an id!', after: { scale: 5 } })).rejects.toThrow();
    expect(storage.map.size).toBe(0);
  });

  it('lists oldest first and skips records that are not check-ins', async () => {
    const { history, storage, tick } = setup();
    await history.add({ exerciseId: 'humming', after: { scale: 5 } });
    tick(1000);
    await history.add({ exerciseId: 'orienting', before: { words: 'wobbly' } });
    storage.map.set('junk', { hello: 'world' });
    storage.map.set('zzz-early', { id: 'zzz-early', at: 5, exerciseId: 'wall-push', after: { scale: 2 } });
    expect((await history.list()).map((c) => c.exerciseId)).toEqual(['wall-push', 'humming', 'orienting']);
  });

  it('prunes check-ins older than the retention setting, and keeps them all with 0', async () => {
    const { history, tick } = setup();
    await history.add({ exerciseId: 'orienting', after: { scale: 4 } });
    tick(40 * DAY_MS);
    await history.add({ exerciseId: 'humming', after: { scale: 6 } });
    tick(DAY_MS);
    expect(await history.prune(0)).toBe(0);
    expect(await history.list()).toHaveLength(2);
    expect(await history.prune(30)).toBe(1);
    expect((await history.list()).map((c) => c.exerciseId)).toEqual(['humming']);
  });

  it('erases everything', async () => {
    const { history } = setup();
    await history.add({ exerciseId: 'orienting', after: { scale: 4 } });
    await history.erase();
    expect(await history.list()).toEqual([]);
  });

  it('exports a readable file with titles and dates', async () => {
    const { history } = setup();
    await history.add({ exerciseId: 'orienting', before: { scale: 2 }, after: { scale: 5 } });
    const file = JSON.parse(checkInsFile(await history.list(), () => 'Look around the room', new Date('2026-11-22T10:00:00Z')));
    expect(file).toMatchObject({
      format: 'steady-check-ins',
      formatVersion: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      checkIns: [{ exerciseId: 'orienting', practice: 'Look around the room', at: '2026-11-01T00:00:00.000Z', before: { scale: 2 }, after: { scale: 5 } }],
    });
  });
});

describe('which practices helped', () => {
  const c = (id: string, exerciseId: string, before?: number, after?: number) => ({
    id,
    at: Number(id.slice(1)),
    exerciseId,
    ...(before !== undefined ? { before: { scale: before } } : {}),
    ...(after !== undefined ? { after: { scale: after } } : {}),
  });

  it('counts, per practice, how often the number was higher afterwards, most helpful first', () => {
    const list = [c('a1', 'humming', 3, 6), c('a2', 'humming', 5, 5), c('a3', 'orienting', 2, 4), c('a4', 'orienting', 4, 7), c('a5', 'wall-push', 6)];
    expect(practiceSummaries(list)).toEqual([
      { exerciseId: 'orienting', rated: 2, steadier: 2, averageChange: 2.5 },
      { exerciseId: 'humming', rated: 2, steadier: 1, averageChange: 1.5 },
    ]);
  });

  it('charts only check-ins with a number, the most recent ones', () => {
    const list = [c('a1', 'humming', 3, 6), { id: 'a2', at: 2, exerciseId: 'humming', after: { words: 'ok' } }, c('a3', 'orienting', undefined, 4)];
    expect(chartable(list).map((x) => x.id)).toEqual(['a1', 'a3']);
    expect(chartable(Array.from({ length: 30 }, (_, i) => c(`a${i}`, 'humming', 1, 2)), 20)).toHaveLength(20);
  });

  it('describes check-ins and summaries in plain words', () => {
    expect(describeCheckIn({ id: 'x', at: 0, exerciseId: 'humming', before: { scale: 3 }, after: { scale: 6, words: 'lighter' } }, 'Humming', () => '1 Nov')).toBe(
      '1 Nov, Humming: before: 3; after: 6 “lighter”',
    );
    expect(describeSummary({ exerciseId: 'h', rated: 3, steadier: 2, averageChange: 1 }, 'Humming')).toBe('Humming: a little steadier afterwards 2 of the 3 times.');
  });

  it('says one check-in, or all of them, as a person would rather than as a tally', () => {
    const summary = (rated: number, steadier: number) => describeSummary({ exerciseId: 'h', rated, steadier, averageChange: 0 }, 'Humming');
    expect(summary(1, 1)).toBe('Humming: a little steadier afterwards, the one time you checked in.');
    expect(summary(1, 0)).toBe('Humming: tried once with a check-in; the number did not go up that time.');
    expect(summary(2, 2)).toBe('Humming: a little steadier afterwards both times.');
    expect(summary(4, 4)).toBe('Humming: a little steadier afterwards each of the 4 times.');
    expect(summary(3, 0)).toBe('Humming: tried 3 times with a check-in; the numbers have not gone up so far.');
    for (const [rated, steadier] of [[1, 1], [1, 0], [2, 2], [3, 1]]) expect(summary(rated!, steadier!)).not.toMatch(/\b1 of 1\b|\b1 time\b/);

    expect(describeTrend(1, 0, 0)).toBe('One check-in with a number so far.');
    expect(describeTrend(3, 0, 0)).toBe('3 check-ins with a number so far.');
    expect(describeTrend(1, 1, 1)).toBe('Your one check-in with a number before and after was higher afterwards.');
    expect(describeTrend(1, 1, 0)).toBe('Your one check-in with a number before and after was not higher afterwards.');
    expect(describeTrend(2, 2, 2)).toBe('Both of your latest check-ins with a number before and after were higher afterwards.');
    expect(describeTrend(5, 5, 0)).toBe('None of your latest 5 check-ins with a number before and after was higher afterwards.');
    expect(describeTrend(5, 5, 1)).toBe('1 of your latest 5 check-ins with a number before and after was higher afterwards.');
    expect(describeTrend(6, 5, 3)).toBe('3 of your latest 5 check-ins with a number before and after were higher afterwards.');
  });
});
