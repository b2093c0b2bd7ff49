/**
 * "Also match common word endings": a list's words are given their plural and simple inflected
 * forms before the matcher is built, so "funeral" finds "funerals" and "bury" finds "buried"
 * without the person writing a wildcard. The forms are made by a few regular rules per language
 * (the page's language: `<html lang>`), never by a wildcard, so "war" does not find "warden" or
 * "ward". A word the person ended with `*`, or one shorter than three letters, is left as it is.
 */

import { onFirstUse } from './on-first-use';

export type EndingsLanguage = 'en' | 'es' | 'de';

const LETTERS = onFirstUse(() => /^\p{L}+$/u);
const VOWELS = 'aeiouáéíóúäöü';
const isVowel = (ch: string) => VOWELS.includes(ch.toLowerCase());

function english(w: string): string[] {
  const lower = w.toLowerCase();
  const last = lower.at(-1)!;
  const before = lower.at(-2) ?? '';
  if (last === 'y' && !isVowel(before)) {
    const stem = w.slice(0, -1);
    return [`${stem}ies`, `${stem}ied`, `${w}ing`];
  }
  if (lower.endsWith('ie')) return [`${w}s`, `${w}d`, `${w.slice(0, -2)}ying`];
  if (last === 'e') return [`${w}s`, `${w}d`, `${w.slice(0, -1)}ing`];
  const forms = /(s|x|z|ch|sh|o)$/.test(lower) ? [`${w}es`, `${w}ed`, `${w}ing`] : [`${w}s`, `${w}ed`, `${w}ing`];
  // A short word ending consonant–vowel–consonant doubles its last letter: stab → stabbed, stabbing.
  const third = lower.at(-3) ?? '';
  if (lower.length <= 4 && !isVowel(last) && !'wxy'.includes(last) && isVowel(before) && !isVowel(third)) {
    forms.push(`${w}${w.at(-1)}ed`, `${w}${w.at(-1)}ing`);
  }
  return forms;
}

function spanish(w: string): string[] {
  const lower = w.toLowerCase();
  if (lower.endsWith('z')) return [`${w.slice(0, -1)}ces`];
  return isVowel(lower.at(-1)!) ? [`${w}s`] : [`${w}es`];
}

function german(w: string): string[] {
  return ['e', 'en', 'n', 's', 'es', 'er', 'ern'].map((ending) => `${w}${ending}`);
}

const RULES: Record<EndingsLanguage, (word: string) => string[]> = { en: english, es: spanish, de: german };

/** The rules for a page's language (its `lang`, e.g. "en-GB"); English where there is none we know. */
export function endingsLanguage(lang: string | null | undefined): EndingsLanguage {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'de' ? primary : 'en';
}

/** The words and their inflected forms (each word first, no repeats). */
export function withEndings(words: readonly string[], language: EndingsLanguage): string[] {
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    if (word.endsWith('*')) continue;
    const space = word.lastIndexOf(' ');
    const head = word.slice(0, space + 1);
    const last = word.slice(space + 1);
    if (last.length < 3 || !LETTERS().test(last)) continue;
    for (const form of RULES[language](last)) out.add(head + form);
  }
  return [...out];
}
