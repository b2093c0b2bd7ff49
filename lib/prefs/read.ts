import { browser } from 'wxt/browser';
import { migrate } from './migrations';
import { repairPrefs } from './repair';
import type { Prefs } from './schema';
import { PREFS_KEY, type KeyValueArea } from './storage';
import { validatePrefs } from './validate';

/**
 * Read-only view for any context (content scripts included): never writes, so a sleeping service
 * worker never delays a reader, and a store the background has not repaired yet still reads as
 * valid preferences.
 */
export async function readPrefs(area: KeyValueArea = browser.storage.local): Promise<Prefs> {
  const raw = (await area.get(PREFS_KEY))[PREFS_KEY];
  return interpretStored(raw).prefs;
}

export function interpretStored(raw: unknown): { prefs: Prefs; repaired: string[]; migratedFrom?: number } {
  if (raw === undefined) return repairPrefs(undefined);
  const migrated = isRecord(raw) ? migrate(raw) : { kind: 'unknown-version' as const, from: undefined };
  if (migrated.kind === 'unknown-version') {
    return { ...repairPrefs(isRecord(raw) ? { ...raw, version: undefined } : raw) };
  }
  const checked = validatePrefs(migrated.value);
  const result = checked.ok ? { prefs: checked.prefs, repaired: [] } : repairPrefs(migrated.value);
  return migrated.kind === 'migrated' ? { ...result, migratedFrom: migrated.from } : result;
}

/** Calls `listener` with fresh preferences whenever they change; returns an unsubscribe function. */
export function watchPrefs(listener: (prefs: Prefs) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && PREFS_KEY in changes) listener(interpretStored(changes[PREFS_KEY]?.newValue).prefs);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
