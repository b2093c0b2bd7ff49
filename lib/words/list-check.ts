import type { Prefs } from '../prefs/schema';
import { t } from '../i18n';

/** Mirrors the schema's limits, so the person hears what to change instead of a field path. */
export const MAX_LISTS = 200;
export const MAX_WORDS = 2000;
export const MAX_WORD_LENGTH = 100;

/** Returns a message in the person's own terms, or '' when the new list can be saved. */
export function checkNewList(words: string[], prefs: Pick<Prefs, 'triggers'>): string {
  if (prefs.triggers.length >= MAX_LISTS) return t('check.tooManyLists', { max: MAX_LISTS });
  if (words.length === 0) return t('check.noWords');
  if (words.length > MAX_WORDS) return t('check.tooManyWords', { max: MAX_WORDS, count: words.length });
  const long = words.filter((w) => w.length > MAX_WORD_LENGTH).length;
  if (long > 0) return t('check.tooLong', { count: long, max: MAX_WORD_LENGTH });
  return '';
}
