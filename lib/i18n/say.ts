import { formatMessage } from './format';
import type { Note } from './note';
import type { Message, Values } from './types';

/**
 * A Note in words from one set of messages, with no catalogue loaded: sayNote (lib/i18n/say-note.ts)
 * uses it with the page's catalogue, and the background with the small English module it needs for
 * its own English (lib/prefs/in-english.ts), so both ends say a Note the same way. A value that is
 * itself a Note is said first. Several Notes that are each a whole sentence follow one another; names
 * and phrases are listed in the language's own list style. Throws on a code `messages` lacks.
 */
export function sayWith(note: Note, messages: Readonly<Record<string, Message>>, lang: string): string {
  if (typeof note !== 'object' || note === null || !Object.hasOwn(messages, note.code)) throw new Error('not a Note these messages know');
  const values: Values = {};
  for (const [name, value] of Object.entries(note.values ?? {})) {
    values[name] = Array.isArray(value) ? list(value.map((item) => sayWith(item, messages, lang)), lang) : typeof value === 'object' ? sayWith(value, messages, lang) : value;
  }
  return formatMessage(lang, messages[note.code]!, values);
}

const SENTENCE_END = /[.!?…]$/u;

/** "a, b, c" the language's way (the English text always had commas); whole sentences one after another. */
function list(items: string[], lang: string): string {
  if (items.length > 0 && items.every((item) => SENTENCE_END.test(item))) return items.join(' ');
  return new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format(items);
}
