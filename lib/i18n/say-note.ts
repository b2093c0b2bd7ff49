import { activeCatalogue, activeLang } from './index';
import type { Note } from './note';
import { sayWith } from './say';

/**
 * A background Note in the page's language (a value that is itself a Note is said first; see
 * lib/i18n/say.ts). `fallback` is the English text that came with it: what an older Steady stored
 * before Notes existed (a sync status written as text) still shows as it was written, and so does a
 * Note this version cannot say (one a newer Steady stored, with a key this one lacks).
 */
export function sayNote(note: Note | undefined, fallback: string): string {
  if (!note) return fallback;
  try {
    return sayWith(note, activeCatalogue().messages, activeLang());
  } catch {
    return fallback;
  }
}
