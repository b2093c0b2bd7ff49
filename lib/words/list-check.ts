import type { Prefs } from '../prefs/schema';

/** Mirrors the schema's limits, so the person hears what to change instead of a field path. */
export const MAX_LISTS = 200;
export const MAX_WORDS = 2000;
export const MAX_WORD_LENGTH = 100;

/** Returns a message in the person's own terms, or '' when the new list can be saved. */
export function checkNewList(words: string[], prefs: Pick<Prefs, 'triggers'>): string {
  if (prefs.triggers.length >= MAX_LISTS) return `Steady keeps up to ${MAX_LISTS} word lists. Removing one you no longer need makes room. Nothing was saved.`;
  if (words.length === 0) return 'Please add at least one word or phrase.';
  if (words.length > MAX_WORDS) return `A list can hold up to ${MAX_WORDS} words and phrases; this one has ${words.length}. Splitting it into two lists works. Nothing was saved.`;
  const long = words.filter((w) => w.length > MAX_WORD_LENGTH).length;
  if (long > 0) {
    const which = long === 1 ? 'One word or phrase is' : `${long} words or phrases are`;
    return `${which} longer than ${MAX_WORD_LENGTH} characters. Please shorten it (a part of a phrase works too). Nothing was saved.`;
  }
  return '';
}
