import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../lib/exercises/catalog';
import { PAUSE_PRACTICES } from '../../lib/exercises/pause-practices';
import { formatMessage } from '../../lib/i18n/format';
import { messages } from '../../lib/i18n/locales/en-messages';
import { de } from '../../lib/i18n/locales/de';
import { library as deLibrary } from '../../lib/i18n/locales/de-library';
import { es } from '../../lib/i18n/locales/es';
import { library as esLibrary } from '../../lib/i18n/locales/es-library';
import { pageStrings, PAGE_STRINGS } from '../../lib/i18n/page-strings';
import type { Message } from '../../lib/i18n/types';

const OTHERS = { es, de };
const LIBRARIES = { es: esLibrary, de: deLibrary };
const placeholders = (message: Message) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe('every locale says everything English says, and nothing more', () => {
  const english = Object.keys(messages).sort();

  it.each(Object.entries(OTHERS))('%s has exactly English’s keys', (_, catalogue) => {
    expect(Object.keys(catalogue.messages).sort()).toEqual(english);
  });

  it.each(Object.entries(OTHERS))('%s fills in the same names in each message (a plural form may leave out the count)', (_, catalogue) => {
    for (const key of english) {
      const ours = placeholders(catalogue.messages[key as keyof typeof messages]).filter((name) => name !== 'count');
      const theirs = placeholders(messages[key as keyof typeof messages]).filter((name) => name !== 'count');
      expect(ours, key).toEqual(theirs);
    }
  });

  it.each(Object.entries(OTHERS))('%s has no empty message and no English left in place of a translation', (code, catalogue) => {
    // Names and short shared words are the same in every language; anything longer is translated.
    const same = english.filter((key) => {
      const ours = catalogue.messages[key as keyof typeof messages];
      const words = JSON.stringify(ours).replace(/\{\w+\}/g, '');
      return JSON.stringify(ours) === JSON.stringify(messages[key as keyof typeof messages]) && /\p{L}{3,}/u.test(words) && words.length > 24;
    });
    expect(same, code).toEqual([]);
    for (const key of english) {
      const message = catalogue.messages[key as keyof typeof messages];
      for (const text of typeof message === 'string' ? [message] : Object.values(message)) expect(text?.trim(), key).toBeTruthy();
    }
  });

  it.each(Object.entries(LIBRARIES))('%s has every exercise, each step, and nothing the catalogue lacks', (code, library) => {
    expect(Object.keys(library).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
    for (const exercise of EXERCISES) expect(library[exercise.id]!.steps.length, `${code} ${exercise.id}`).toBe(exercise.steps.length);
  });

  it.each(Object.entries(OTHERS))('%s has the pause card’s practices, each step and its button', (code, catalogue) => {
    expect(Object.keys(catalogue.exercises).sort()).toEqual(PAUSE_PRACTICES.map((p) => p.id).sort());
    for (const practice of PAUSE_PRACTICES) {
      expect(catalogue.exercises[practice.id]!.steps.length, `${code} ${practice.id}`).toBe(practice.steps.length);
      expect(catalogue.exercises[practice.id]!.choiceLabel?.trim(), `${code} ${practice.id}`).toBeTruthy();
    }
  });

  it('the page scripts’ few words exist in every language, with the same keys', () => {
    const keys = Object.keys(PAGE_STRINGS.en).sort();
    for (const code of ['es', 'de'] as const) expect(Object.keys(PAGE_STRINGS[code]).sort()).toEqual(keys);
    expect(pageStrings('de-AT').show).toBe(PAGE_STRINGS.de.show);
    expect(pageStrings('fr').show).toBe(PAGE_STRINGS.en.show);
  });

  it('the browser’s own strings (public/_locales) have the same keys in every language', () => {
    const read = (code: string) => JSON.parse(readFileSync(`public/_locales/${code}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const keys = Object.keys(read('en')).sort();
    for (const code of ['es', 'de']) expect(Object.keys(read(code)).sort()).toEqual(keys);
    // The store allows 132 characters for the description.
    for (const code of ['en', 'es', 'de']) expect(read(code).extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('plurals and numbers in each language', () => {
  it('chooses the form by the language’s own rules', () => {
    const sites = { one: '{count} site', other: '{count} sites' };
    expect(formatMessage('en', sites, { count: 1 })).toBe('1 site');
    expect(formatMessage('en', sites, { count: 0 })).toBe('0 sites');
    expect(formatMessage('de', es.messages['setup.sites'], { count: 1 })).toBe('1 sitio');
    expect(formatMessage('de', de.messages['setup.sites'], { count: 2 })).toBe('2 Seiten');
    // Spanish has a "many" form for round millions; a message without it falls back to "other".
    expect(formatMessage('es', es.messages['setup.sites'], { count: 1_000_000 })).toBe('1.000.000 sitios');
    expect(formatMessage('de', de.messages['setup.lists'], { count: 1500 })).toBe('1.500 Wortlisten');
  });

  it('fills in names and leaves an unknown one visible rather than dropping it', () => {
    expect(formatMessage('en', 'Pause for: {label}', { label: 'Hard news' })).toBe('Pause for: Hard news');
    expect(formatMessage('en', 'Pause for: {label}')).toBe('Pause for: {label}');
  });
});
