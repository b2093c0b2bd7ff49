import { describe, expect, it } from 'vitest';
import { memoryArea } from './memory-area';
import { createSyncMirror, SYNC_STATUS_KEY, type SyncArea, type SyncStatus } from '../../lib/background/sync-mirror';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { createPrefsKeeper } from '../../lib/prefs/keeper';
import { BACKUPS_KEY, PREFS_KEY, STAMPS_KEY, type PrefsBackup } from '../../lib/prefs/storage';
import type { Prefs, Site } from '../../lib/prefs/schema';
import { ITEM_PREFIX, META_KEY, planPush, readRemote, SYNC_LIMITS } from '../../lib/sync/merge';
import { FIELD_KEYS, splitPrefs } from '../../lib/sync/split';


/** One shared storage.sync, the way the browser's sync would settle it; `fail` makes the next write refuse. */
function syncArea() {
  const data: Record<string, unknown> = {};
  const writes: string[][] = [];
  let fail: string | undefined;
  const area: SyncArea = {
    async get() {
      return structuredClone(data);
    },
    async set(items) {
      if (fail) throw new Error(fail);
      writes.push(Object.keys(items));
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
  };
  return { area, data, writes, failNext: (message: string | undefined) => (fail = message) };
}

/** A device: its own storage.local, keeper and mirror, sharing one storage.sync; its clock is set by the test. */
function device(sync: SyncArea) {
  const local = memoryArea();
  let clock = 1_000;
  const keeper = createPrefsKeeper({ area: local, now: () => new Date(clock) });
  const mirror = createSyncMirror({ keeper, sync, local, now: () => clock });
  return {
    local,
    keeper,
    at: (t: number) => (clock = t),
    reconcile: () => mirror.reconcile(),
    prefs: () => keeper.get(),
    status: () => local.data[SYNC_STATUS_KEY] as SyncStatus,
  };
}

const site = (id: string, host: string): Site => ({ id, host, includeSubdomains: true, pathPrefix: '', label: '' });
const ids = (prefs: Prefs) => prefs.sites.map((s) => s.id).sort();

async function twoDevices() {
  const sync = syncArea();
  const a = device(sync.area);
  const b = device(sync.area);
  a.at(1_000);
  await a.keeper.update({ sync: true });
  b.at(1_000);
  await b.keeper.update({ sync: true });
  return { sync, a, b };
}

describe('sync merge', () => {
  it('two devices editing at once: both added sites are kept and the newer change of one setting wins on both', async () => {
    const { a, b } = await twoDevices();
    a.at(2_000);
    await a.keeper.edit({ list: 'sites', op: 'add', item: site('a1', 'alpha.example') });
    await a.keeper.update({ pause: { frequency: 'every-visit' } });
    b.at(3_000);
    await b.keeper.edit({ list: 'sites', op: 'add', item: site('b1', 'beta.example') });
    await b.keeper.update({ pause: { frequency: 'interval' }, appearance: { theme: 'dark' } });

    a.at(4_000);
    expect((await a.reconcile()).state).toBe('on');
    b.at(4_001);
    expect((await b.reconcile()).state).toBe('on');
    a.at(4_002);
    await a.reconcile();

    for (const d of [a, b]) {
      const prefs = await d.prefs();
      expect(ids(prefs)).toEqual(['a1', 'b1']);
      expect(prefs.pause.frequency).toBe('interval');
      expect(prefs.appearance.theme).toBe('dark');
      expect(prefs.sync).toBe(true);
    }
  });

  it('an older change arriving later does not overwrite a newer one', async () => {
    const { a, b } = await twoDevices();
    b.at(5_000);
    await b.keeper.update({ exercises: { breathPace: 6 } });
    await b.reconcile();
    a.at(2_000); // a's change was made earlier, it only syncs now
    await a.keeper.update({ exercises: { breathPace: 3 } });
    await a.reconcile();
    expect((await a.prefs()).exercises.breathPace).toBe(6);
  });

  it('a device whose clock runs ahead cannot undo a choice made here afterwards', async () => {
    const { a, b } = await twoDevices();
    b.at(900_000); // b's clock is far ahead
    await b.keeper.update({ appearance: { theme: 'dark' } });
    await b.reconcile();
    a.at(2_000);
    await a.reconcile();
    expect((await a.prefs()).appearance.theme).toBe('dark');
    a.at(3_000); // the person, on a, changes it after seeing dark
    await a.keeper.update({ appearance: { theme: 'light' } });
    await a.reconcile();
    await b.reconcile();
    expect((await a.prefs()).appearance.theme).toBe('light');
    expect((await b.prefs()).appearance.theme).toBe('light');
  });

  it('a removal travels, and the removed entry does not come back from the other device', async () => {
    const { a, b } = await twoDevices();
    a.at(2_000);
    await a.keeper.edit({ list: 'sites', op: 'add', item: site('a1', 'alpha.example') });
    await a.reconcile();
    await b.reconcile();
    expect(ids(await b.prefs())).toEqual(['a1']);
    b.at(3_000);
    await b.keeper.edit({ list: 'sites', op: 'remove', id: 'a1' });
    await b.reconcile();
    await a.reconcile();
    await b.reconcile();
    expect(ids(await a.prefs())).toEqual([]);
    expect(ids(await b.prefs())).toEqual([]);
  });

  it('a word list too large for one sync item: nothing is sent, the device keeps everything, and the status says which list', async () => {
    const { sync, a } = await twoDevices();
    const words = Array.from({ length: 1200 }, (_, i) => `word number ${i}`);
    a.at(2_000);
    const added = await a.keeper.edit({
      list: 'triggers',
      op: 'add',
      item: { id: 't1', label: 'Long list', words, action: 'veil', everySite: true, hosts: [], enabled: true, veilStyle: 'solid', skipPageParts: true, wordEndings: false, endsAt: 0, lastsDays: 0 },
    });
    expect(added.ok).toBe(true);
    const before = Object.keys(sync.data).length;
    const status = await a.reconcile();
    expect(status.state).toBe('too-large');
    expect(status.message).toContain('Word list “Long list” is too long');
    expect(status.message).toContain('safe on this device');
    expect(Object.keys(sync.data).length).toBe(before);
    expect((await a.prefs()).triggers[0]?.words).toHaveLength(1200);
  });

  it('settings too large in all are measured before writing, not sent in part', () => {
    const prefs = defaultPrefs();
    // 30 lists of about 5 KB each: every one fits an item, together they do not fit storage.sync.
    const triggers = Array.from({ length: 30 }, (_, i) => ({
      id: `t${i}`, label: `List ${i}`, words: Array.from({ length: 300 }, (_, w) => `word number ${w}`), action: 'veil' as const,
      everySite: true, hosts: [], enabled: true, veilStyle: 'solid' as const, skipPageParts: true, wordEndings: false, endsAt: 0, lastsDays: 0 as const,
    }));
    expect(planPush({ ...prefs, triggers: triggers.slice(0, 5) }, {}, new Map(), 2).ok).toBe(true);
    expect(planPush({ ...prefs, triggers }, {}, new Map(), 2)).toEqual({ ok: false, reason: 'too-large' });
    expect(SYNC_LIMITS.total).toBeLessThanOrEqual(102_400);
  });

  it('a quota error from the browser: nothing on this device changes, and it is said plainly', async () => {
    const { sync, a } = await twoDevices();
    a.at(2_000);
    await a.keeper.edit({ list: 'people', op: 'add', item: { id: 'p1', name: 'Sam', link: 'tel:+441234567' } });
    sync.failNext('QUOTA_BYTES quota exceeded');
    const status = await a.reconcile();
    expect(status.state).toBe('refused');
    expect(status.message).toMatch(/sync is full.*safe on this device/);
    expect((await a.prefs()).people.map((p) => p.name)).toEqual(['Sam']);
    sync.failNext(undefined);
    expect((await a.reconcile()).state).toBe('on');
    expect(Object.keys(sync.data)).toContain(`${ITEM_PREFIX}people:p1`);
  });

  it('sync turned off sends and takes nothing; turned on again, both sides’ changes meet and nothing is lost', async () => {
    const { sync, a, b } = await twoDevices();
    await a.reconcile();
    a.at(2_000);
    await a.keeper.update({ sync: false });
    const writes = sync.writes.length;
    await a.keeper.edit({ list: 'sites', op: 'add', item: site('a1', 'alpha.example') });
    expect((await a.reconcile()).state).toBe('off');
    expect(sync.writes.length).toBe(writes);

    b.at(3_000);
    await b.keeper.edit({ list: 'sites', op: 'add', item: site('b1', 'beta.example') });
    await b.keeper.update({ helplineCountry: 'GB' });
    await b.reconcile();
    a.at(3_500);
    await a.reconcile();
    expect(ids(await a.prefs())).toEqual(['a1']);

    a.at(4_000);
    await a.keeper.update({ sync: true });
    await a.reconcile();
    await b.reconcile();
    for (const d of [a, b]) {
      expect(ids(await d.prefs())).toEqual(['a1', 'b1']);
      expect((await d.prefs()).helplineCountry).toBe('GB');
    }
  });

  it('keeps a copy of this device’s settings before sync first brings another device’s in, and before a removal', async () => {
    const { a, b } = await twoDevices();
    b.at(5_000);
    await b.keeper.update({ appearance: { theme: 'dark' } });
    await b.reconcile();
    a.at(2_000);
    await a.keeper.edit({ list: 'sites', op: 'add', item: site('a1', 'alpha.example') });
    await a.reconcile();
    const kept = () => (a.local.data[BACKUPS_KEY] ?? []) as PrefsBackup[];
    expect(kept().map((k) => k.reason)).toEqual(['synced']);
    expect((kept()[0]?.original as Prefs).appearance.theme).toBe('system');

    await b.reconcile();
    b.at(6_000);
    await b.keeper.edit({ list: 'sites', op: 'remove', id: 'a1' });
    await b.reconcile();
    a.at(7_000);
    await a.reconcile();
    expect(ids(await a.prefs())).toEqual([]);
    expect(kept().map((k) => k.reason)).toEqual(['synced', 'synced']);
    expect(ids(kept()[0]?.original as Prefs)).toEqual(['a1']);
    // An ordinary change from the other device, once sync is running, needs no copy.
    b.at(8_000);
    await b.keeper.update({ appearance: { textSize: 'large' } });
    await b.reconcile();
    await a.reconcile();
    expect((await a.prefs()).appearance.textSize).toBe('large');
    expect(kept()).toHaveLength(2);
  });

  it('writes only what changed', async () => {
    const { sync, a } = await twoDevices();
    await a.reconcile();
    a.at(2_000);
    await a.keeper.update({ appearance: { textSize: 'large' } });
    await a.reconcile();
    expect(sync.writes.at(-1)?.sort()).toEqual([`${ITEM_PREFIX}appearance.textSize`, META_KEY].sort());
    await a.reconcile();
    expect(sync.writes.at(-1)?.sort()).toEqual([`${ITEM_PREFIX}appearance.textSize`, META_KEY].sort());
  });

  it('a change from another device that fails Steady’s checks is refused; this device’s copy stands', async () => {
    const { sync, a } = await twoDevices();
    sync.data[`${ITEM_PREFIX}sites:bad`] = { t: 9_000, v: { id: 'bad', host: 'NOT A HOST', includeSubdomains: true, pathPrefix: '', label: '' } };
    sync.data[`${ITEM_PREFIX}pause.frequency`] = { t: 9_000, v: 'always' };
    const status = await a.reconcile();
    const prefs = await a.prefs();
    expect(prefs.sites).toEqual([]);
    expect(prefs.pause.frequency).toBe('once-per-session');
    expect(status.message).toContain('could not be used');
  });

  it('another device with a newer Steady: nothing is merged, and the person is told', async () => {
    const { sync, a } = await twoDevices();
    sync.data[META_KEY] = { version: 99 };
    sync.data[`${ITEM_PREFIX}appearance.theme`] = { t: 9_000, v: 'dark' };
    expect((await a.reconcile()).state).toBe('newer-elsewhere');
    expect((await a.prefs()).appearance.theme).toBe('system');
  });

  it('only settings travel: not the version, not the sync switch, nothing but the named items (check-ins live in IndexedDB)', async () => {
    const { sync, a } = await twoDevices();
    a.at(2_000);
    await a.keeper.edit({ list: 'sites', op: 'add', item: site('a1', 'alpha.example') });
    await a.reconcile();
    const keys = Object.keys(sync.data).filter((k) => k !== META_KEY).map((k) => k.slice(ITEM_PREFIX.length));
    expect(keys.sort()).toEqual([...FIELD_KEYS, 'sites:a1'].sort());
    expect(keys).not.toContain('sync');
    expect(readRemote(sync.data).items.size).toBe(keys.length);
  });

  it('the keeper dates exactly the settings a change touched, in the same write as the change', async () => {
    const local = memoryArea();
    const keeper = createPrefsKeeper({ area: local, now: () => new Date(7_000) });
    await keeper.update({ pause: { frequency: 'once-per-session' } }); // the same value as before: still the person's choice
    expect(local.data[STAMPS_KEY]).toEqual({ 'pause.frequency': 7_000 });
    expect((local.data[PREFS_KEY] as Prefs).pause.frequency).toBe('once-per-session');
    expect([...splitPrefs(defaultPrefs()).keys()]).toEqual(FIELD_KEYS);
  });
});
