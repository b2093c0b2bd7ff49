import type { Note } from '../i18n/note';
import { defaultPrefs } from './defaults';
import { applyListOp, type ListOp } from './list-ops';
import { applyPatch, type DeepPartial } from './patch';
import { interpretStored } from './read';
import type { Prefs } from './schema';
import { parseSettingsFile, toSettingsFile } from '../settings-file';
import { changedKeys, restamp, type Stamps } from '../sync/split';
import {
  BACKUPS_KEY,
  STAMPS_KEY,
  MAX_BACKUPS,
  PREFS_KEY,
  type BackupReason,
  type KeyValueArea,
  type PrefsBackup,
  type PrefsResult,
} from './storage';
import { validatePrefs } from './validate';

export interface PrefsKeeperOptions {
  area: KeyValueArea;
  now?: () => Date;
}

export type PrefsKeeper = ReturnType<typeof createPrefsKeeper>;

/**
 * The single writer of preferences (lives in the background). Every write is validated and runs
 * in order, so two quick changes from the options page cannot overwrite each other. Whenever
 * Steady must replace what the person had without them choosing each field, the old copy is kept
 * in a backup first.
 */
export function createPrefsKeeper({ area, now = () => new Date() }: PrefsKeeperOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function backups(): Promise<PrefsBackup[]> {
    const stored = (await area.get(BACKUPS_KEY))[BACKUPS_KEY];
    // Whatever is stored, a page that shows backups gets only well-formed ones (a damaged entry is
    // skipped, never allowed to take the page down).
    return Array.isArray(stored) ? stored.filter(isBackup) : [];
  }

  async function keepBackup(original: unknown, reason: BackupReason, repaired: string[] = []) {
    const notice = reason === 'repaired' || reason === 'unknown-version';
    const entry: PrefsBackup = { savedAt: now().toISOString(), reason, repaired, original, notice };
    await area.set({ [BACKUPS_KEY]: withinBudget([entry, ...(await backups())]) });
  }

  /** Reads the store and, if it needs it, migrates or repairs it in place (backup first). */
  async function load(): Promise<Prefs> {
    const raw = (await area.get(PREFS_KEY))[PREFS_KEY];
    if (raw === undefined) {
      const fresh = defaultPrefs();
      await area.set({ [PREFS_KEY]: fresh });
      return fresh;
    }
    const { prefs, repaired, migratedFrom } = interpretStored(raw);
    if (repaired.length > 0) {
      const knownVersion = typeof raw === 'object' && raw !== null && 'version' in raw && !repaired.includes('version');
      await keepBackup(raw, knownVersion ? 'repaired' : 'unknown-version', repaired);
      await area.set({ [PREFS_KEY]: prefs });
    } else if (migratedFrom !== undefined) {
      await keepBackup(raw, 'migrated');
      await area.set({ [PREFS_KEY]: prefs });
    }
    return prefs;
  }

  async function stamps(): Promise<Stamps> {
    const stored = (await area.get(STAMPS_KEY))[STAMPS_KEY];
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    return Object.fromEntries(Object.entries(stored).filter(([, t]) => typeof t === 'number' && Number.isFinite(t)));
  }

  /**
   * Every write also dates the items it changed (see lib/sync/split.ts), in the same storage write,
   * so sync can tell which device changed a setting last and an organisation's suggestion never
   * overrides a setting the person chose. `given` replaces the dates (changes taken in from another device).
   */
  async function replace(next: unknown, reason?: BackupReason, patch?: unknown, given?: Stamps): Promise<PrefsResult> {
    const checked = validatePrefs(next);
    if (!checked.ok) return { ok: false, error: `Nothing was changed. ${checked.errors.join(' ')}`, note: { code: 'keeper.invalid', values: { problems: checked.notes } } };
    try {
      const before = await load();
      if (reason) await keepBackup(before, reason);
      const dated = given ?? restamp(await stamps(), changedKeys(before, checked.prefs, patch), now().getTime());
      await area.set({ [PREFS_KEY]: checked.prefs, [STAMPS_KEY]: dated });
    } catch (error) {
      // The write did not happen (storage.local refuses the whole write): what was saved before stands.
      return { ok: false, error: writeFailure(error), note: writeFailureNote(error) };
    }
    return { ok: true, prefs: checked.prefs };
  }

  return {
    get: () => serial(load),
    update: (patch: DeepPartial<Prefs>) => serial(async () => replace(applyPatch(await load(), patch), undefined, patch)),
    /** One edit of a list (add, update or remove by id) on the current copy, so no tab overwrites another's. */
    edit: (op: ListOp) =>
      serial(async (): Promise<PrefsResult> => {
        const next = applyListOp(await load(), op);
        return next.ok ? replace(next.prefs) : next;
      }),
    reset: () => serial(() => replace(defaultPrefs(), 'reset')),
    /**
     * "Erase everything": the defaults, and no copy kept — the person asked for their settings to be
     * gone, so the backups (which hold their lists) go too. Only ever on their explicit confirmation.
     */
    eraseAll: () =>
      serial(async (): Promise<PrefsResult> => {
        const result = await replace(defaultPrefs());
        if (result.ok) await area.remove(BACKUPS_KEY);
        return result;
      }),
    exportSettings: () => serial(async () => toSettingsFile(await load(), now())),
    importSettings: (text: string) =>
      serial(async () => {
        const parsed = parseSettingsFile(text);
        return parsed.ok ? replace(parsed.prefs, 'imported') : parsed;
      }),
    backups: () => serial(backups),
    stamps: () => serial(stamps),
    /**
     * Changes from another device, merged into the current copy inside the queue (so an edit made
     * here a moment before is merged with, never overwritten) and checked like any other write.
     * `merge` returns undefined when there is nothing to take in; `backup: true` keeps a copy of
     * this device's settings first.
     */
    takeIn: (merge: (prefs: Prefs, dated: Stamps) => { prefs: Prefs; stamps: Stamps; backup?: boolean } | undefined) =>
      serial(async (): Promise<PrefsResult | undefined> => {
        const merged = merge(await load(), await stamps());
        return merged && replace(merged.prefs, merged.backup ? 'synced' : undefined, undefined, merged.stamps);
      }),
    dismissNotices: () =>
      serial(async () => {
        await area.set({ [BACKUPS_KEY]: (await backups()).map((b) => ({ ...b, notice: false })) });
      }),
  };
}

const isQuota = (error: unknown) => /quota/i.test(String((error as { message?: unknown })?.message ?? error));

/** Why a write failed, as a Note the page says in the person's language. */
export const writeFailureNote = (error: unknown): Note => ({ code: isQuota(error) ? 'keeper.full' : 'keeper.couldNotSave' });

/** Why a write failed, in the person's terms (English; the words of writeFailureNote's keys). */
export function writeFailure(error: unknown): string {
  return isQuota(error)
    ? 'Nothing was changed: the space your browser gives Steady for settings is full. Removing a long word list or an old backup (in “Your data”) makes room.'
    : 'Nothing was changed: your browser could not save it just now. Please try again.';
}

const REASONS: readonly string[] = ['repaired', 'unknown-version', 'migrated', 'reset', 'imported', 'synced'];

function isBackup(value: unknown): value is PrefsBackup {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return (
    typeof b.savedAt === 'string' &&
    typeof b.reason === 'string' &&
    REASONS.includes(b.reason) &&
    Array.isArray(b.repaired) &&
    b.repaired.every((path) => typeof path === 'string') &&
    typeof b.notice === 'boolean' &&
    'original' in b
  );
}

/** All backups together stay under this many characters of JSON (the person's own settings need the room). */
export const BACKUP_BUDGET = 2_000_000;

/**
 * Which backups to keep, newest first. A copy whose notice the person has not seen yet (a repair, a
 * store from an unknown version) is kept whatever else happens; the others make room, oldest first,
 * past MAX_BACKUPS or past the budget.
 */
export function withinBudget(entries: PrefsBackup[]): PrefsBackup[] {
  let size = 0;
  let others = 0;
  return entries.filter((entry) => {
    if (entry.notice) return true;
    const cost = JSON.stringify(entry).length;
    if (others >= MAX_BACKUPS || size + cost > BACKUP_BUDGET) return false;
    others++;
    size += cost;
    return true;
  });
}
