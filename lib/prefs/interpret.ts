import { migrate } from './migrations';
import { repairPrefs } from './repair';
import type { Prefs } from './schema';
import { PREFS_KEY, type KeyValueArea } from './storage';
import { validatePrefs } from './validate';

/**
 * Preferences as stored, read without writing: a store the background has not repaired yet still
 * reads as valid preferences. Free of extension-API imports so content scripts stay small.
 */
export async function readPrefsFrom(area: KeyValueArea): Promise<Prefs> {
  return interpretStored((await area.get(PREFS_KEY))[PREFS_KEY]).prefs;
}

export function interpretStored(raw: unknown): { prefs: Prefs; repaired: string[]; migratedFrom?: number } {
  if (raw === undefined) return repairPrefs(undefined);
  const migrated = isRecord(raw) ? migrate(raw) : { kind: 'unknown-version' as const, from: undefined };
  if (migrated.kind === 'unknown-version') {
    return keepCheckIns(repairPrefs(isRecord(raw) ? { ...raw, version: undefined } : raw));
  }
  const checked = validatePrefs(migrated.value);
  const result = checked.ok ? { prefs: checked.prefs, repaired: [] } : keepCheckIns(repairPrefs(migrated.value));
  return migrated.kind === 'migrated' ? { ...result, migratedFrom: migrated.from } : result;
}

/**
 * A repair never erases check-ins: a damaged "keep check-ins for" comes back as "until I erase
 * them", not as the default, which would erase the older ones the moment a page opens.
 */
function keepCheckIns(result: { prefs: Prefs; repaired: string[] }): { prefs: Prefs; repaired: string[] } {
  if (!result.repaired.some((path) => path === 'history' || path.startsWith('history.'))) return result;
  return { ...result, prefs: { ...result.prefs, history: { ...result.prefs.history, retentionDays: 0 } } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
