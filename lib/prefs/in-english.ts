import type { Note } from '../i18n/note';
import { sayWith } from '../i18n/say';
import { problems } from '../i18n/locales/en-problems';

/**
 * A problem or setting Note in English, from the English catalogue's own words (en-problems.ts, not
 * the whole catalogue, which the background never loads): the text for logs and the `error` that
 * travels with a Note is the catalogue's English, word for word, so nothing is written twice.
 */
export const inEnglish = (note: Note): string => sayWith(note, problems, 'en');
