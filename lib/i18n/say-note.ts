import { activeCatalogue, activeLang, t } from './index';
import type { Note } from './note';
import type { Values } from './types';

/**
 * A background Note in the page's language (a value that is itself a Note is said first). `fallback`
 * is the English text that came with it: what an older Steady stored before Notes existed (a sync
 * status written as text) still shows as it was written, and so does a Note this version cannot say
 * (one a newer Steady stored, with a key this one lacks).
 */
export function sayNote(note: Note | undefined, fallback: string): string {
  if (!note) return fallback;
  try {
    return say(note);
  } catch {
    return fallback;
  }
}

function say(note: Note): string {
  if (typeof note !== 'object' || note === null || !Object.hasOwn(activeCatalogue().messages, note.code)) throw new Error('not a Note this version knows');
  const values: Values = {};
  for (const [name, value] of Object.entries(note.values ?? {})) {
    values[name] = Array.isArray(value) ? list(value.map(say)) : typeof value === 'object' ? say(value) : value;
  }
  return t(note.code, values);
}

/** Names in a parenthesis, "a, b, c", in the language's own list style (the English text always had commas). */
const list = (items: string[]): string => new Intl.ListFormat(activeLang(), { type: 'unit', style: 'short' }).format(items);
