import { browser } from 'wxt/browser';
import { interpretStored, readPrefsFrom } from './interpret';
import type { Prefs } from './schema';
import { PREFS_KEY, type KeyValueArea } from './storage';

export { interpretStored } from './interpret';

/**
 * Read-only view for extension pages: never writes, so a sleeping service worker never delays a
 * reader. (Content scripts use readPrefsFrom directly.)
 */
export function readPrefs(area: KeyValueArea = browser.storage.local): Promise<Prefs> {
  return readPrefsFrom(area);
}

/** Calls `listener` with fresh preferences whenever they change; returns an unsubscribe function. */
export function watchPrefs(listener: (prefs: Prefs) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && PREFS_KEY in changes) listener(interpretStored(changes[PREFS_KEY]?.newValue).prefs);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
