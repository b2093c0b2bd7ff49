import type { Note } from '../i18n/note';
import type { PrefsKeeper } from '../prefs/keeper';
import type { KeyValueArea } from '../prefs/storage';
import { settingName, settingNote } from '../prefs/validate';
import { PREFS_VERSION } from '../prefs/version';
import { mergeRemote, planPush, readRemote } from '../sync/merge';
import { parseKey } from '../sync/split';
import { SYNC_STATUS_KEY, type SyncState, type SyncStatus } from '../sync/status';

export { SYNC_STATUS_KEY, type SyncStatus } from '../sync/status';

/** The slice of storage.sync the mirror uses; injectable for tests. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SyncMirrorOptions {
  keeper: Pick<PrefsKeeper, 'get' | 'stamps' | 'takeIn'>;
  sync: SyncArea;
  /** Where the status is kept (storage.local). */
  local: Pick<KeyValueArea, 'get' | 'set'>;
  now?: () => number;
}

const KEPT = 'Your settings are safe on this device.';

/**
 * Mirrors the person's preferences to storage.sync while they have sync on. One `reconcile` both
 * takes in what other devices changed and writes what changed here, in a single storage.sync
 * write (its write-rate limits count calls). Calls that arrive while one runs are folded into one
 * more run, so a burst of changes costs two writes, not one each. Nothing here ever removes a
 * setting from this device because sync failed: a refusal only stops the mirror and says why.
 */
export function createSyncMirror({ keeper, sync, local, now = Date.now }: SyncMirrorOptions) {
  let running: Promise<SyncStatus> | undefined;
  let again = false;

  const tell = async (state: SyncState, message: string, note: Note): Promise<SyncStatus> => {
    const status = { state, message, note, at: now() };
    await local.set({ [SYNC_STATUS_KEY]: status });
    return status;
  };

  async function once(): Promise<SyncStatus> {
    if (!(await keeper.get()).sync) return tell('off', 'Sync is off. Your settings stay on this device only.', { code: 'syncStatus.off' });
    let remote;
    try {
      remote = readRemote(await sync.get(null));
    } catch {
      return tell('refused', `Your browser's sync could not be read just now, so nothing was synced. ${KEPT}`, { code: 'syncStatus.unreadable' });
    }
    if (remote.version !== undefined && remote.version > PREFS_VERSION) {
      return tell('newer-elsewhere', `Another device has a newer Steady. Update Steady here to sync with it. ${KEPT}`, { code: 'syncStatus.newerElsewhere' });
    }
    // The first merge after sync is turned on, and any merge that removes an entry, keeps a copy
    // of this device's settings first: whatever another device brings, nothing here is lost.
    const previous = (await local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined;
    const first = previous?.state !== 'on';
    let refused: string[] = [];
    await keeper.takeIn((prefs, stamps) => {
      const merged = mergeRemote(prefs, stamps, remote.items);
      refused = merged.refused;
      const datesMoved = Object.keys(merged.stamps).some((key) => merged.stamps[key] !== stamps[key]);
      if (merged.taken.length === 0 && !datesMoved) return undefined;
      const removes = merged.taken.some((key) => remote.items.get(key) && 'gone' in remote.items.get(key)!);
      return { ...merged, backup: merged.taken.length > 0 && (first || removes) };
    });
    const [prefs, stamps] = await Promise.all([keeper.get(), keeper.stamps()]);
    const push = planPush(prefs, stamps, remote.items, PREFS_VERSION);
    if (!push.ok) {
      const [what, note]: [string, Note] =
        push.reason === 'item-too-large'
          ? [`${describe(push.key, prefs).text} is too long for your browser's sync.`, { code: 'syncStatus.itemTooLarge', values: { setting: describe(push.key, prefs).note } }]
          : push.reason === 'too-many'
            ? ['You have more sites, word lists and people than your browser’s sync can hold.', { code: 'syncStatus.tooMany' }]
            : ['Your settings are larger than the space your browser’s sync gives Steady.', { code: 'syncStatus.tooBig' }];
      return tell('too-large', `${what} Sync is paused and nothing was sent. ${KEPT}`, note);
    }
    try {
      if (Object.keys(push.set).length > 0) await sync.set(push.set);
    } catch (error) {
      const text = String((error as { message?: unknown })?.message ?? error);
      const [why, note]: [string, Note] = /MAX_WRITE|rate/i.test(text)
        ? ['Your browser asked Steady to slow down its syncing; it will try again in a little while.', { code: 'syncStatus.slowDown' }]
        : /QUOTA/i.test(text)
          ? ["Your browser's sync is full, so this change was not sent.", { code: 'syncStatus.full' }]
          : ['Your browser could not sync just now.', { code: 'syncStatus.couldNot' }];
      return tell('refused', `${why} ${KEPT}`, note);
    }
    const on = "Sync is on: your settings also travel with your browser's sync.";
    if (refused.length === 0) return tell('on', on, { code: 'syncStatus.on' });
    const names = refused.map((k) => describe(k, prefs));
    // A list of Notes: the page joins them the way its language lists things.
    return tell('on', `${on} A change from another device could not be used (${names.map((n) => n.text).join(', ')}); yours was kept.`, {
      code: 'syncStatus.onRefused',
      values: { settings: names.map((n) => n.note) },
    });
  }

  function reconcile(): Promise<SyncStatus> {
    if (running) {
      again = true;
      return running;
    }
    running = once()
      .finally(() => {
        running = undefined;
      })
      .then((status) => {
        if (!again) return status;
        again = false;
        return reconcile();
      });
    return running;
  }

  return { reconcile };
}

/** A synced entry by the name the person gave it: English text, and the same as a Note. */
function describe(key: string, prefs: { triggers: { id: string; label: string }[]; sites: { id: string; label: string; host: string }[]; people: { id: string; name: string }[] }): { text: string; note: Note } {
  const parsed = parseKey(key);
  if (!parsed) return { text: 'A setting', note: { code: 'subject.aSetting' } };
  if ('field' in parsed) return { text: settingName(parsed.field), note: settingNote(parsed.field) };
  const named = (code: 'subject.wordList' | 'subject.site' | 'subject.person', item: string, name: string | undefined) => ({
    text: `${item} “${name || 'unnamed'}”`,
    note: { code, values: { name: name ? name : { code: 'subject.unnamed' } } } satisfies Note,
  });
  if (parsed.list === 'triggers') return named('subject.wordList', 'Word list', prefs.triggers.find((t) => t.id === parsed.id)?.label);
  if (parsed.list === 'sites') {
    const site = prefs.sites.find((s) => s.id === parsed.id);
    return named('subject.site', 'Site', site?.label || site?.host);
  }
  return named('subject.person', 'Person', prefs.people.find((p) => p.id === parsed.id)?.name);
}
