import * as v from 'valibot';
import { PersonSchema, SiteSchema, TriggerSchema, type Prefs } from '../prefs/schema';
import { validatePrefs } from '../prefs/validate';
import { isRecord, parseKey, splitPrefs, withItem, type Stamps } from './split';

/**
 * What lives in storage.sync: `steady:meta` (the settings version that wrote it) and one
 * `steady:<item>` per item (see split.ts), each `{ t, v }` or, for a removed list entry, `{ t, gone }`.
 */
export const META_KEY = 'steady:meta';
export const ITEM_PREFIX = 'steady:';
export type RemoteItem = { t: number; v: unknown } | { t: number; gone: true };
export type Remote = Map<string, RemoteItem>;

/** storage.sync's limits (Chrome: 102,400 bytes in all, 8,192 per item, 512 items), with room to spare. */
export const SYNC_LIMITS = { total: 100_000, perItem: 8_000, items: 500 };

/** Reads what another device left in storage.sync; anything not in Steady's shape is left out. */
export function readRemote(all: Record<string, unknown>): { items: Remote; version?: number } {
  const items: Remote = new Map();
  for (const [name, raw] of Object.entries(all)) {
    if (!name.startsWith(ITEM_PREFIX) || name === META_KEY || !isRecord(raw) || typeof raw.t !== 'number') continue;
    const key = name.slice(ITEM_PREFIX.length);
    if (!parseKey(key)) continue;
    if (raw.gone === true) items.set(key, { t: raw.t, gone: true });
    else if ('v' in raw) items.set(key, { t: raw.t, v: raw.v });
  }
  const meta = all[META_KEY];
  return { items, version: isRecord(meta) && typeof meta.version === 'number' ? meta.version : undefined };
}

const ENTRY: Record<string, v.GenericSchema> = { sites: SiteSchema, triggers: TriggerSchema, people: PersonSchema };

export interface Merged {
  prefs: Prefs;
  stamps: Stamps;
  /** Items taken from the other device. */
  taken: string[];
  /** Items from the other device that Steady could not accept (they fail its checks); this device's copy stands. */
  refused: string[];
}

/**
 * Brings another device's changes into this device's preferences. Per item, the newer change wins
 * (a tie goes the same way on both devices, so they settle on one value). Lists merge entry by
 * entry: an entry only one side has is kept, unless the other side removed it later than it was
 * last changed. Every item taken in passes the same checks as a change made on this device.
 */
export function mergeRemote(local: Prefs, stamps: Stamps, remote: Remote): Merged {
  const mine = splitPrefs(local);
  let prefs = local;
  const next: Stamps = { ...stamps };
  const taken: string[] = [];
  const refused: string[] = [];
  for (const [key, theirs] of remote) {
    const ours = stamps[key];
    const have = mine.has(key);
    // An item this device never dated (set before sync was on) yields to any dated one.
    const newer = ours === undefined ? theirs.t > 0 || !have : theirs.t > ours || (theirs.t === ours && tieGoesToThem(mine.get(key), theirs));
    if (!newer) continue;
    if ('gone' in theirs) {
      if (have) prefs = withItem(prefs, key, undefined, false);
      next[key] = theirs.t;
      if (have) taken.push(key);
      continue;
    }
    if (have && JSON.stringify(mine.get(key)) === JSON.stringify(theirs.v)) {
      next[key] = theirs.t;
      continue;
    }
    const parsed = parseKey(key)!;
    if ('list' in parsed) {
      const entry = v.safeParse(ENTRY[parsed.list]!, theirs.v);
      if (!entry.success || (entry.output as { id: string }).id !== parsed.id) {
        refused.push(key);
        continue;
      }
    }
    const candidate = withItem(prefs, key, theirs.v);
    const checked = validatePrefs(candidate);
    if (!checked.ok) {
      refused.push(key);
      continue;
    }
    prefs = checked.prefs;
    next[key] = theirs.t;
    taken.push(key);
  }
  return { prefs, stamps: next, taken, refused };
}

function tieGoesToThem(ours: unknown, theirs: RemoteItem): boolean {
  const a = ours === undefined ? '' : JSON.stringify(ours);
  const b = 'gone' in theirs ? '' : JSON.stringify(theirs.v);
  return b > a;
}

export type Push =
  | { ok: true; set: Record<string, unknown> }
  | { ok: false; reason: 'item-too-large'; key: string }
  | { ok: false; reason: 'too-large' | 'too-many' };

/**
 * What to write to storage.sync so it holds this device's preferences: only the items that are
 * missing there or newer here. Before anything is written, the whole result is measured against
 * storage.sync's limits; if it would not fit, nothing is written at all and this device simply
 * keeps its settings.
 */
export function planPush(local: Prefs, stamps: Stamps, remote: Remote, version: number): Push {
  const mine = splitPrefs(local);
  const after = new Map<string, RemoteItem>(remote);
  const set: Record<string, unknown> = {};
  const put = (key: string, item: RemoteItem) => {
    after.set(key, item);
    set[ITEM_PREFIX + key] = item;
  };
  for (const [key, value] of mine) {
    const t = stamps[key] ?? 0;
    const theirs = remote.get(key);
    if (!theirs || t > theirs.t || (t === theirs.t && ('gone' in theirs || JSON.stringify(theirs.v) !== JSON.stringify(value)))) put(key, { t, v: value });
  }
  for (const [key, t] of Object.entries(stamps)) {
    if (mine.has(key) || !parseKey(key) || !('list' in parseKey(key)!)) continue;
    const theirs = remote.get(key);
    if (theirs && !('gone' in theirs) && t >= theirs.t) put(key, { t, gone: true });
  }
  let total = 0;
  for (const [key, item] of after) {
    const size = bytes(ITEM_PREFIX + key) + bytes(JSON.stringify(item));
    if (size > SYNC_LIMITS.perItem) return { ok: false, reason: 'item-too-large', key };
    total += size;
  }
  if (after.size + 1 > SYNC_LIMITS.items) return { ok: false, reason: 'too-many' };
  if (total > SYNC_LIMITS.total) return { ok: false, reason: 'too-large' };
  if (Object.keys(set).length > 0) set[META_KEY] = { version };
  return { ok: true, set };
}

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;
