import { browser } from 'wxt/browser';
import { interpretStored, readPrefsFrom } from './interpret';
import { effectivePrefs, ORG_KEY, type Organisation } from './organisation';
import type { Prefs } from './schema';
import { PREFS_KEY, STAMPS_KEY, type KeyValueArea } from './storage';
import type { Stamps } from '../sync/split';

export { interpretStored } from './interpret';

/** The organisation's part (if any) and when the person last changed each setting. */
export interface PrefsLayer {
  org: Organisation | null;
  stamps: Stamps;
}

export async function readLayer(area: Pick<KeyValueArea, 'get'> = browser.storage.local): Promise<PrefsLayer> {
  const stored = await area.get([ORG_KEY, STAMPS_KEY]);
  return layerFrom(stored);
}

export function layerFrom(stored: Record<string, unknown>): PrefsLayer {
  const org = stored[ORG_KEY];
  const stamps = stored[STAMPS_KEY];
  return {
    org: typeof org === 'object' && org !== null ? (org as Organisation) : null,
    stamps: typeof stamps === 'object' && stamps !== null ? (stamps as Stamps) : {},
  };
}

/**
 * Read-only view for extension pages: never writes, so a sleeping service worker never delays a
 * reader. (Content scripts use readPrefsFrom directly.) The organisation's defaults fill in what
 * the person has not chosen (lib/prefs/organisation.ts).
 */
export async function readPrefs(area: KeyValueArea = browser.storage.local): Promise<Prefs> {
  const [prefs, layer] = await Promise.all([readPrefsFrom(area), readLayer(area)]);
  return effectivePrefs(prefs, layer.org, layer.stamps);
}

/** The person's own preferences, without the organisation's defaults. */
export function readPrefsPerson(area: KeyValueArea = browser.storage.local): Promise<Prefs> {
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

/** Calls `listener` whenever the organisation's part or the dates of the person's changes move. */
export function watchLayer(listener: (layer: PrefsLayer) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && (ORG_KEY in changes || STAMPS_KEY in changes)) void readLayer().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
