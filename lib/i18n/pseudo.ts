import type { Catalogue, MessageKey } from './catalogue';
import { en } from './locales/en';
import type { Message } from './types';

/**
 * Pseudo-locales for tests and for looking at layouts: every English message is marked ⟦like this⟧
 * and made about 40% longer (x-pseudo), or written in right-to-left letters with dir="rtl" (x-rtl).
 * A word of a page that is not marked did not come through t(). Placeholders stay as they are.
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

// Latin letters to Hebrew ones, so the browser's bidi algorithm treats the text as right-to-left.
const HEBREW = 'אבגדהוזחטיכלמנסעפצקרשתךםןף';
const rtlLetters = (text: string) =>
  text.replace(/\{\w+\}|[a-z]/gi, (part) => (part.length > 1 ? part : HEBREW[(part.toLowerCase().charCodeAt(0) - 97) % HEBREW.length]!));
const longer = (text: string) => text.replace(/\{\w+\}|[aeiou]/gi, (part) => (part.length > 1 ? part : part + part.toLowerCase()));

const mapMessage = (message: Message, map: (text: string) => string): Message =>
  typeof message === 'string'
    ? map(message)
    : (Object.fromEntries(Object.entries(message).map(([form, text]) => [form, text === undefined ? text : map(text)])) as Message);

export function pseudoCatalogue(code: 'x-pseudo' | 'x-rtl'): Catalogue {
  const inner = code === 'x-rtl' ? rtlLetters : longer;
  const wrap = (text: string) => `${PSEUDO_OPEN}${inner(text)}${PSEUDO_CLOSE}`;
  const messages = Object.fromEntries(Object.entries(en.messages).map(([key, message]) => [key, mapMessage(message, wrap)])) as Record<MessageKey, Message>;
  return { lang: code === 'x-rtl' ? 'he' : 'en', code, dir: code === 'x-rtl' ? 'rtl' : 'ltr', messages, exercises: {}, wrap };
}
