import { defaultPrefs } from '../prefs/defaults';
import type { Prefs } from '../prefs/schema';

/**
 * The preferences as small, separately dated items: one per setting (`pause.frequency`) and one
 * per entry of a list (`sites:<id>`). Sync writes only the items that changed, keeps each far
 * under storage.sync's per-item limit, and merges a list entry by entry, so an entry added on one
 * device and another added on a second device both survive.
 *
 * Not split (never synced): `version` (each device migrates its own copy) and `sync` itself (the
 * choice to sync is made per device).
 */
export const LISTS = ['sites', 'triggers', 'people'] as const;
export type SyncList = (typeof LISTS)[number];

const NOT_SYNCED = new Set(['version', 'sync', ...LISTS]);

/** The setting items, from the defaults' shape: `pause.frequency`, `helplineCountry`, ... */
export const FIELD_KEYS: readonly string[] = Object.entries(defaultPrefs()).flatMap(([key, value]) =>
  NOT_SYNCED.has(key) ? [] : isRecord(value) ? Object.keys(value).map((sub) => `${key}.${sub}`) : [key],
);

export const listKey = (list: SyncList, id: string) => `${list}:${id}`;

export function parseKey(key: string): { list: SyncList; id: string } | { field: string } | undefined {
  const at = key.indexOf(':');
  if (at > 0) {
    const list = key.slice(0, at) as SyncList;
    return LISTS.includes(list) ? { list, id: key.slice(at + 1) } : undefined;
  }
  return FIELD_KEYS.includes(key) ? { field: key } : undefined;
}

export function splitPrefs(prefs: Prefs): Map<string, unknown> {
  const items = new Map<string, unknown>();
  for (const key of FIELD_KEYS) items.set(key, readField(prefs, key));
  for (const list of LISTS) for (const entry of prefs[list]) items.set(listKey(list, entry.id), entry);
  return items;
}

export function readField(prefs: Prefs, key: string): unknown {
  const [top, sub] = key.split('.') as [string, string | undefined];
  const section = (prefs as unknown as Record<string, unknown>)[top];
  return sub === undefined ? section : (section as Record<string, unknown>)[sub];
}

/** `base` with one item set (a list entry is replaced in place or appended) or a list entry removed. */
export function withItem(base: Prefs, key: string, value: unknown, present = true): Prefs {
  const parsed = parseKey(key);
  if (!parsed) return base;
  const copy = { ...base } as unknown as Record<string, unknown>;
  if ('field' in parsed) {
    const [top, sub] = parsed.field.split('.') as [string, string | undefined];
    copy[top] = sub === undefined ? value : { ...(copy[top] as Record<string, unknown>), [sub]: value };
    return copy as unknown as Prefs;
  }
  const items = base[parsed.list] as ReadonlyArray<{ id: string }>;
  const at = items.findIndex((item) => item.id === parsed.id);
  if (!present) copy[parsed.list] = items.filter((_, i) => i !== at);
  else if (at < 0) copy[parsed.list] = [...items, value];
  else copy[parsed.list] = items.map((item, i) => (i === at ? value : item));
  return copy as unknown as Prefs;
}

/**
 * The item keys a change touched: every item whose value differs, and every setting the patch
 * names even when its value stayed the same (choosing the value an organisation also suggests is
 * still the person's own choice, and must keep winning).
 */
export function changedKeys(before: Prefs, after: Prefs, patch?: unknown): string[] {
  const a = splitPrefs(before);
  const b = splitPrefs(after);
  const keys = new Set<string>();
  for (const [key, value] of b) if (!a.has(key) || JSON.stringify(a.get(key)) !== JSON.stringify(value)) keys.add(key);
  for (const key of a.keys()) if (!b.has(key)) keys.add(key);
  if (isRecord(patch)) {
    for (const [top, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (FIELD_KEYS.includes(top)) keys.add(top);
      else if (isRecord(value)) for (const sub of Object.keys(value)) if (FIELD_KEYS.includes(`${top}.${sub}`)) keys.add(`${top}.${sub}`);
    }
  }
  return [...keys];
}

/** When each item last changed on this device, ms since 1970; a list key with no entry is a removal. */
export type Stamps = Record<string, number>;

/**
 * Dates a change made here. It is always later than any date this device already holds for the
 * item (one taken in from a device whose clock runs ahead included), so what the person just
 * chose is never undone by an older change that merely carries a later clock.
 */
export function restamp(stamps: Stamps, keys: readonly string[], at: number): Stamps {
  const next = { ...stamps };
  for (const key of keys) next[key] = Math.max(at, (stamps[key] ?? 0) + 1);
  return next;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
