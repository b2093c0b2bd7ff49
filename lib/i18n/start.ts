import { applyLanguage } from './index';
import type { Catalogue } from './catalogue';
import { LANGUAGE_CHOICES, type LanguageChoice } from './types';

/**
 * The language a page last used, remembered in the extension's own localStorage so the popup's
 * first paint is already in the person's language (their preferences arrive a moment later and
 * correct it if they changed their choice elsewhere).
 */
const HINT_KEY = 'steady.language';

export function rememberLanguage(choice: LanguageChoice): void {
  try {
    localStorage.setItem(HINT_KEY, choice);
  } catch {
    // Storage can be unavailable (a private window's frame); the hint is only a head start.
  }
}

function hint(): LanguageChoice {
  try {
    const stored = localStorage.getItem(HINT_KEY);
    return (LANGUAGE_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as LanguageChoice) : 'browser';
  } catch {
    return 'browser';
  }
}

/** Before a page's first render: the remembered language (or the browser's). */
export const startLanguage = (library = true): Promise<Catalogue> => applyLanguage(hint(), library);
