import type { Note } from '../i18n/note';
import type { Person, Prefs, Site, Trigger } from './schema';

/**
 * Edits to the person's lists, made on the background's current copy — never a whole list sent
 * from one page's copy, which would drop what another tab (or the popup) added a moment before.
 * Each names its item by id, so two edits arriving together both land.
 */
export interface ListItems {
  sites: Site;
  triggers: Trigger;
  people: Person;
}
export type ListName = keyof ListItems;

/** The exercise id lists (favourites are ordered: the first is what "I need a moment" starts). */
export type IdListName = 'favourites' | 'hidden';

export type ListOp =
  | {
      [L in ListName]:
        | { list: L; op: 'add'; item: ListItems[L] }
        | { list: L; op: 'update'; id: string; change: Partial<Omit<ListItems[L], 'id'>> }
        | { list: L; op: 'remove'; id: string };
    }[ListName]
  | { list: IdListName; op: 'include' | 'exclude' | 'first'; id: string };

const WHAT: Record<ListName, string> = { sites: 'site', triggers: 'word list', people: 'person' };

export type OpResult = { ok: true; prefs: Prefs } | { ok: false; error: string; note: Note };

/** The preferences after `op`, or why it cannot be done (in the person's words). */
export function applyListOp(prefs: Prefs, op: ListOp): OpResult {
  if (op.list === 'favourites' || op.list === 'hidden') {
    const ids = prefs.exercises[op.list];
    const next = op.op === 'first' ? makeFirst(ids, op.id) : toggleIn(ids, op.id, op.op === 'include');
    return { ok: true, prefs: { ...prefs, exercises: { ...prefs.exercises, [op.list]: next } } };
  }
  const items = prefs[op.list] as ReadonlyArray<{ id: string }>;
  const what = WHAT[op.list];
  const at = op.op === 'add' ? -1 : items.findIndex((item) => item.id === op.id);
  if (op.op !== 'add' && at < 0) {
    return { ok: false, error: `That ${what} is no longer on your list (it may have been removed in another window). Nothing was changed.`, note: { code: `keeper.gone.${op.list}` } };
  }
  let next: unknown[];
  if (op.op === 'add') {
    if (items.some((item) => item.id === op.item.id)) return { ok: false, error: `That ${what} is already on your list. Nothing was changed.`, note: { code: `keeper.already.${op.list}` } };
    next = [...items, op.item];
  } else if (op.op === 'update') {
    next = items.map((item, i) => (i === at ? { ...item, ...op.change, id: item.id } : item));
  } else {
    next = items.filter((_, i) => i !== at);
  }
  return { ok: true, prefs: { ...prefs, [op.list]: next } as Prefs };
}

/** A message's payload is checked before it is trusted (the item itself is checked by the schema). */
export function isListOp(value: unknown): value is ListOp {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  if (op.list === 'favourites' || op.list === 'hidden') return (op.op === 'include' || op.op === 'exclude' || op.op === 'first') && typeof op.id === 'string';
  if (op.list !== 'sites' && op.list !== 'triggers' && op.list !== 'people') return false;
  if (op.op === 'add') return typeof op.item === 'object' && op.item !== null;
  if (op.op === 'update') return typeof op.id === 'string' && typeof op.change === 'object' && op.change !== null;
  return op.op === 'remove' && typeof op.id === 'string';
}

export const toggleIn = (list: readonly string[], id: string, on: boolean): string[] =>
  on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id);

/** Moves `id` to the front of the favourites, adding it if needed: the front one is what "I need a moment" starts. */
export const makeFirst = (favourites: readonly string[], id: string): string[] => [id, ...favourites.filter((x) => x !== id)];
