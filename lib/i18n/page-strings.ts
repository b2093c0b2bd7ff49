import { resolveLanguage } from './resolve';
import type { LanguageChoice, LocaleCode } from './types';

/**
 * The few words the page scripts (pause.js, words.js) and the background say, in every language.
 * They run on every chosen page, so they carry only these lines, never the whole catalogue.
 */
export interface PageStrings {
  /** The veil line's button. */
  show: string;
  veiled: string;
  blurred: string;
  hidden: string;
  /** `{label}` is the person's own name for the list. */
  veiledFor: string;
  blurredFor: string;
  hiddenFor: string;
  /** The cover's own plain button when the card cannot load. */
  continueToPage: string;
  /** The right-click menu entry. */
  takeAPause: string;
}

export const PAGE_STRINGS: Record<LocaleCode, PageStrings> = {
  en: {
    show: 'Show',
    veiled: 'Veiled by Steady',
    blurred: 'Blurred by Steady',
    hidden: 'Hidden by Steady',
    veiledFor: 'Veiled by Steady for: {label}',
    blurredFor: 'Blurred by Steady for: {label}',
    hiddenFor: 'Hidden by Steady for: {label}',
    continueToPage: 'Continue to the page',
    takeAPause: 'Take a grounding pause',
  },
  es: {
    show: 'Mostrar',
    veiled: 'Cubierto por Steady',
    blurred: 'Difuminado por Steady',
    hidden: 'Ocultado por Steady',
    veiledFor: 'Cubierto por Steady para: {label}',
    blurredFor: 'Difuminado por Steady para: {label}',
    hiddenFor: 'Ocultado por Steady para: {label}',
    continueToPage: 'Continuar a la página',
    takeAPause: 'Tomarme una pausa para centrarme',
  },
  de: {
    show: 'Zeigen',
    veiled: 'Von Steady abgedeckt',
    blurred: 'Von Steady unscharf gemacht',
    hidden: 'Von Steady ausgeblendet',
    veiledFor: 'Von Steady abgedeckt für: {label}',
    blurredFor: 'Von Steady unscharf gemacht für: {label}',
    hiddenFor: 'Von Steady ausgeblendet für: {label}',
    continueToPage: 'Weiter zur Seite',
    takeAPause: 'Eine Pause zum Ankommen',
  },
};

/** The words for a language tag or the person's choice, with the browser's languages to follow. */
export function pageStrings(choice: LanguageChoice | string | undefined, browserLanguages: readonly string[] = [choice ?? '']): PageStrings {
  return PAGE_STRINGS[resolveLanguage(choice, browserLanguages)];
}

/** The page's view of the browser's languages (a page script has navigator, not the i18n API's UI language first). */
export const pageBrowserLanguages = (): readonly string[] => globalThis.navigator?.languages ?? [];
