import { formatMessage } from './format';
import type { Catalogue, ExerciseText, MessageKey } from './catalogue';
import { en } from './locales/en';
import { resolveLanguage } from './resolve';
import type { LanguageChoice, LocaleCode, Values } from './types';

/**
 * Steady's one i18n layer for its own pages (popup, options, welcome, the pause card) and lib code
 * they call. How a component uses it:
 *
 *   import { t } from '../../lib/i18n';
 *   <button>{t('popup.moment')}</button>
 *   <p>{t('options.sites.count', { count: sites.length })}</p>   // plural forms in the locale
 *
 * Add the key with its English text to lib/i18n/locales/en-messages.ts, then to es.ts and de.ts (the
 * type checker and tests/unit/locales.test.ts refuse a locale that misses it). Never write a visible
 * word in a component: tests/unit/no-literal-strings.test.ts fails on JSX text and on aria-label,
 * title, placeholder and alt written as literals, and on any string of two or more words anywhere
 * in a component (a `const STRINGS = {…}` at the top of the file, an announce('…') in a handler).
 *
 * The locale is the person's choice in Appearance (prefs.appearance.language), or the browser's UI
 * language when they follow the browser. browser.i18n.getMessage cannot follow a choice made inside
 * the extension, so it is used only for what the browser itself shows (public/_locales: the
 * manifest's name, description and command). The page scripts (pause.js, words.js) never load this
 * catalogue: they use lib/i18n/page-strings.ts.
 */

let active: Catalogue = en;

export type { MessageKey, ExerciseText, Catalogue };
export { resolveLanguage };
export { LOCALES, LANGUAGE_CHOICES, type LanguageChoice, type LocaleCode } from './types';

export function t(key: MessageKey, values?: Values): string {
  const message = active.messages[key] ?? en.messages[key];
  return formatMessage(active.lang, message, values);
}

/** The catalogue in use (its lang and dir, for <html> and Intl formatting). */
export const activeCatalogue = (): Catalogue => active;

/** The active language's code for Intl APIs (dates, lists, country names). */
export const activeLang = (): string => active.lang;

export function setCatalogue(catalogue: Catalogue, root: HTMLElement | null = globalThis.document?.documentElement ?? null): void {
  active = catalogue;
  if (root) {
    root.lang = catalogue.lang;
    root.dir = catalogue.dir;
  }
}

/** The parts of an exercise (or pause practice) that are words; English is the exercise itself. */
export interface Wordable {
  id: string;
  title: string;
  summary: string;
  steps: ReadonlyArray<{ text: string }>;
  caution: string;
  alternative: string;
  source: string;
  evidence: string;
  choiceLabel?: string;
}

/** What an exercise or pause practice says in the active language (its English words when this language lacks it). */
export function exerciseText(exercise: Wordable): ExerciseText {
  const english: ExerciseText = {
    title: exercise.title,
    summary: exercise.summary,
    steps: exercise.steps.map((step) => step.text),
    caution: exercise.caution,
    alternative: exercise.alternative,
    source: exercise.source,
    evidence: exercise.evidence,
    choiceLabel: exercise.choiceLabel,
  };
  const text = active.exercises[exercise.id];
  if (text) return text;
  return active.wrap ? wrapText(english, active.wrap) : english;
}

const wrapText = (text: ExerciseText, wrap: (s: string) => string): ExerciseText => ({
  title: wrap(text.title),
  summary: wrap(text.summary),
  steps: text.steps.map(wrap),
  caution: wrap(text.caution),
  alternative: wrap(text.alternative),
  source: wrap(text.source),
  evidence: wrap(text.evidence),
  choiceLabel: text.choiceLabel === undefined ? undefined : wrap(text.choiceLabel),
});

/**
 * Spanish and German load only when chosen, so a page in English does not carry them. The library's
 * exercise texts are a module of their own: the pause card needs only its three short practices.
 */
const LOADERS: Record<LocaleCode, (library: boolean) => Promise<Catalogue>> = {
  en: async () => en,
  es: async (library) => {
    const [{ es }, lib] = await Promise.all([import('./locales/es'), library ? import('./locales/es-library') : null]);
    return lib ? { ...es, exercises: { ...es.exercises, ...lib.library } } : es;
  },
  de: async (library) => {
    const [{ de }, lib] = await Promise.all([import('./locales/de'), library ? import('./locales/de-library') : null]);
    return lib ? { ...de, exercises: { ...de.exercises, ...lib.library } } : de;
  },
};

export const loadCatalogue = (code: LocaleCode, library = true): Promise<Catalogue> => LOADERS[code](library);

/** The browser's languages, its own UI language first. */
export function browserLanguages(): string[] {
  const ui = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n?.getUILanguage?.();
  return [...(ui ? [ui] : []), ...(globalThis.navigator?.languages ?? [])];
}

/**
 * Loads and applies the language for a choice. A pseudo-locale for testing layouts can be asked for
 * with `?locale=x-pseudo` or `?locale=x-rtl` in an extension page's address (it changes nothing saved).
 */
export async function applyLanguage(choice: LanguageChoice | undefined, library = true): Promise<Catalogue> {
  const pseudo = pseudoFromAddress();
  if (pseudo) {
    const { pseudoCatalogue } = await import('./pseudo');
    const catalogue = pseudoCatalogue(pseudo);
    setCatalogue(catalogue);
    return catalogue;
  }
  const catalogue = await loadCatalogue(resolveLanguage(choice, browserLanguages()), library);
  setCatalogue(catalogue);
  return catalogue;
}

function pseudoFromAddress(): 'x-pseudo' | 'x-rtl' | null {
  const asked = globalThis.location ? new URLSearchParams(globalThis.location.search).get('locale') : null;
  return asked === 'x-pseudo' || asked === 'x-rtl' ? asked : null;
}
