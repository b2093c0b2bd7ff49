import { LOCALES, type LanguageChoice, type LocaleCode } from './types';

/**
 * The language to use: the person's choice, or the first of the browser's languages Steady has
 * (by its base language: de-AT is German), else English. Pure and tiny, so page scripts can use it.
 */
export function resolveLanguage(choice: LanguageChoice | string | undefined, browserLanguages: readonly string[]): LocaleCode {
  const chosen = LOCALES.find((code) => code === choice);
  if (chosen) return chosen;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = LOCALES.find((code) => code === base);
    if (found) return found;
  }
  return 'en';
}
