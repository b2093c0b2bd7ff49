import { afterEach, describe, expect, it } from 'vitest';
import { memoryArea } from './memory-area';
import { createSyncMirror, type SyncArea, type SyncStatus } from '../../lib/background/sync-mirror';
import { setCatalogue } from '../../lib/i18n';
import { formatMessage } from '../../lib/i18n/format';
import { de } from '../../lib/i18n/locales/de';
import { en } from '../../lib/i18n/locales/en';
import { es } from '../../lib/i18n/locales/es';
import { NOTE_CODES, type Note } from '../../lib/i18n/note';
import { sayNote } from '../../lib/i18n/say-note';
import { createPrefsKeeper } from '../../lib/prefs/keeper';
import { prefsHandlers } from '../../lib/background/prefs-handlers';
import { parseSettingsFile, toSettingsFile } from '../../lib/settings-file';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { ITEM_PREFIX } from '../../lib/sync/merge';

// The background never loads a catalogue: it hands the pages Notes (a key and its values), and the
// page says them in the person's language. These tests hold the two ends together.


/** One device and a storage.sync that can be made to fail its next read or write. */
async function mirror(sync: boolean) {
  const remote: Record<string, unknown> = {};
  let failWrite: string | undefined;
  let failRead = false;
  const area: SyncArea = {
    async get() {
      if (failRead) throw new Error('sync unavailable');
      return structuredClone(remote);
    },
    async set(items) {
      if (failWrite) throw new Error(failWrite);
      Object.assign(remote, structuredClone(items));
    },
  };
  const local = memoryArea();
  const keeper = createPrefsKeeper({ area: local, now: () => new Date(1_000) });
  await keeper.update({ sync });
  const { reconcile } = createSyncMirror({ keeper, sync: area, local, now: () => 1_000 });
  return { keeper, remote, reconcile, failWrite: (m: string | undefined) => (failWrite = m), failRead: () => (failRead = true) };
}

/** Every status the mirror can leave, one scenario each. */
async function syncStatuses(): Promise<SyncStatus[]> {
  const statuses: SyncStatus[] = [];
  statuses.push(await (await mirror(false)).reconcile());
  const on = await mirror(true);
  statuses.push(await on.reconcile());
  on.failWrite('QUOTA_BYTES quota exceeded');
  await on.keeper.update({ appearance: { textSize: 'large' } });
  statuses.push(await on.reconcile());
  on.failWrite('MAX_WRITE_OPERATIONS_PER_MINUTE');
  statuses.push(await on.reconcile());
  on.failWrite('something else');
  statuses.push(await on.reconcile());
  on.failWrite(undefined);
  const words = Array.from({ length: 1200 }, (_, i) => `word number ${i}`);
  await on.keeper.edit({
    list: 'triggers',
    op: 'add',
    item: { id: 't1', label: 'Long list', words, action: 'veil', everySite: true, hosts: [], enabled: true, veilStyle: 'solid', skipPageParts: true, wordEndings: false, endsAt: 0, lastsDays: 0 },
  });
  statuses.push(await on.reconcile());
  const refusing = await mirror(true);
  refusing.remote[`${ITEM_PREFIX}sites:bad`] = { t: 9_000, v: { id: 'bad', host: 'NOT A HOST', includeSubdomains: true, pathPrefix: '', label: '' } };
  refusing.remote[`${ITEM_PREFIX}pause.frequency`] = { t: 9_000, v: 'always' };
  statuses.push(await refusing.reconcile());
  const unreadable = await mirror(true);
  unreadable.failRead();
  statuses.push(await unreadable.reconcile());
  return statuses;
}

/** Every refusal a settings file can get. */
function importRefusals() {
  const file = (changes: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(toSettingsFile(defaultPrefs(), new Date(0))), ...changes });
  return [
    'x'.repeat(2_000_001),
    '{ not json',
    file({ format: 'something-else' }),
    file({ formatVersion: 99 }),
    file({ formatVersion: 'one' }),
    file({ prefs: undefined }),
    file({ prefs: { ...defaultPrefs(), version: 999 } }),
    file({ prefs: { ...defaultPrefs(), version: 'old' } }),
    file({ prefs: { ...defaultPrefs(), sync: 'yes' } }),
  ].map((text) => {
    const result = parseSettingsFile(text);
    if (result.ok) throw new Error('expected a refusal');
    return result;
  });
}

/** Every refusal the preference keeper can give a page. */
async function keeperRefusals() {
  const keeper = createPrefsKeeper({ area: memoryArea(), now: () => new Date(1_000) });
  const site = { id: 's1', host: 'example.org', includeSubdomains: true, pathPrefix: '', label: '' };
  await keeper.edit({ list: 'sites', op: 'add', item: site });
  // A storage that saves until it is told to refuse (the keeper writes the defaults on first read).
  const failing = async (message: string) => {
    const area = memoryArea();
    let refuse = false;
    const failingKeeper = createPrefsKeeper({ area: { ...area, set: (items) => (refuse ? Promise.reject(new Error(message)) : area.set(items)) }, now: () => new Date(1_000) });
    await failingKeeper.get();
    refuse = true;
    return failingKeeper;
  };
  const results = [
    await keeper.edit({ list: 'sites', op: 'add', item: site }),
    await keeper.edit({ list: 'triggers', op: 'remove', id: 'gone' }),
    await keeper.edit({ list: 'people', op: 'update', id: 'gone', change: { name: 'Sam' } }),
    await keeper.update({ pause: { frequency: 'always' as 'once-per-session' } }),
    await (await failing('QUOTA_BYTES quota exceeded')).update({ sync: true }),
    await (await failing('IO error')).update({ sync: true }),
    await prefsHandlers(keeper).editList({ list: 'nonsense' } as never),
  ];
  return results.map((result) => {
    if (result.ok) throw new Error('expected a refusal');
    return result;
  });
}

/** A Note and every Note inside its values. */
const codesIn = (note: Note): string[] => [
  note.code,
  ...Object.values(note.values ?? {}).flatMap((value) => (Array.isArray(value) ? value.flatMap(codesIn) : typeof value === 'object' ? codesIn(value) : [])),
];

afterEach(() => setCatalogue(en, null));

describe('what the background says reaches every language', () => {
  it('every code the background can send has its words in English, Spanish and German', async () => {
    const sent = [...(await syncStatuses()).map((s) => s.note!), ...importRefusals().map((r) => r.note!), ...(await keeperRefusals()).map((r) => r.note!)];
    expect(sent.every(Boolean)).toBe(true);
    const codes = new Set(sent.flatMap(codesIn));
    expect(codes.size).toBeGreaterThan(22);
    for (const code of [...codes, ...NOTE_CODES]) {
      for (const catalogue of [en, es, de]) expect(catalogue.messages, `${catalogue.code} lacks ${code}`).toHaveProperty([code]);
    }
    // A code the background uses and the list of them does not name would escape the check above.
    expect([...codes].filter((code) => !(NOTE_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('in English the page says exactly what the background wrote (the e2e tests read those words)', async () => {
    for (const status of await syncStatuses()) expect(sayNote(status.note, '')).toBe(status.message);
    for (const refusal of [...importRefusals(), ...(await keeperRefusals())]) expect(sayNote(refusal.note, '')).toBe(refusal.error);
  });

  it('in German an import refusal, a write refusal and a sync status are German, from the catalogue', async () => {
    setCatalogue(de, null);
    const [, notJson] = importRefusals();
    expect(sayNote(notJson!.note, notJson!.error)).toBe(formatMessage('de', de.messages['import.notJson']));
    expect(sayNote(notJson!.note, notJson!.error)).toMatch(/^Es wurde nichts geändert\. Diese Datei ist keine Einstellungsdatei/);

    const [already, gone, , , quota] = await keeperRefusals();
    expect(sayNote(already!.note, already!.error)).toBe('Diese Seite steht schon auf deiner Liste. Es wurde nichts geändert.');
    expect(sayNote(gone!.note, gone!.error)).toBe(de.messages['keeper.gone.triggers']);
    expect(sayNote(quota!.note, quota!.error)).toBe(de.messages['keeper.full']);

    const statuses = await syncStatuses();
    const full = statuses.find((s) => s.note?.code === 'syncStatus.full')!;
    expect(sayNote(full.note, full.message)).toBe(de.messages['syncStatus.full']);
    const tooLong = statuses.find((s) => s.note?.code === 'syncStatus.itemTooLarge')!;
    expect(sayNote(tooLong.note, tooLong.message)).toMatch(/^Wortliste „Long list“ ist zu lang für die Synchronisierung deines Browsers\./);
    const refused = statuses.find((s) => s.note?.code === 'syncStatus.onRefused')!;
    expect(sayNote(refused.note, refused.message)).toContain('(Seite „ohne Namen“, ');
    // A setting outside the lists is named in the language too (its section; its settings-file key as written).
    setCatalogue(es, null);
    expect(sayNote(refused.note, refused.message)).toContain(' y Pausa, frequency)');
  });

  it('a status stored as text by an older Steady, or with a code this version lacks, still shows its words', () => {
    setCatalogue(de, null);
    expect(sayNote(undefined, 'Sync is on: your settings also travel with your browser’s sync.')).toBe('Sync is on: your settings also travel with your browser’s sync.');
    expect(sayNote({ code: 'syncStatus.fromTheFuture' } as unknown as Note, 'Older words')).toBe('Older words');
  });
});
