import type { messages } from './locales/en-messages';
import type { LocaleCode, Message } from './types';

export type MessageKey = keyof typeof messages;

/** What one exercise says, in one language (its timing and shape stay in lib/exercises). */
export interface ExerciseText {
  title: string;
  summary: string;
  /** One per step, in the catalogue's order. */
  steps: readonly string[];
  caution: string;
  alternative: string;
  source: string;
  evidence: string;
  /** The pause card's button for a pause practice. */
  choiceLabel?: string;
}

/**
 * Everything Steady says in one language. `messages` must have exactly English's keys (a missing or
 * extra key is a type error in the locale's module, and tests/unit/locales.test.ts checks it too);
 * `exercises` has one entry per exercise and pause practice id.
 */
export interface Catalogue {
  /** BCP 47 code for <html lang> and Intl (a pseudo-locale uses its base language). */
  lang: string;
  code: LocaleCode | 'x-pseudo' | 'x-rtl';
  dir: 'ltr' | 'rtl';
  messages: Record<MessageKey, Message>;
  exercises: Readonly<Record<string, ExerciseText>>;
  /** Pseudo-locales only: how English words not in `messages` (the exercises) are marked. */
  wrap?: (text: string) => string;
}
