/** The languages Steady is written in. English is the source; every other locale has exactly its keys. */
export const LOCALES = ['en', 'es', 'de'] as const;
export type LocaleCode = (typeof LOCALES)[number];

/** What the person can choose in Appearance: follow the browser, or one of Steady's languages. */
export const LANGUAGE_CHOICES = ['browser', ...LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/**
 * A message with plural forms, chosen by Intl.PluralRules for `count` (English and German use one
 * and other; Spanish also has many for round millions, which falls back to other).
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** `{name}` in a message is replaced by the value of that name; `{count}` by the formatted count. */
export type Message = string | PluralMessage;

export type Values = Record<string, string | number>;
