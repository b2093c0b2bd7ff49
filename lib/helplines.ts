import { activeLang, t, type MessageKey } from './i18n';
/**
 * Emergency numbers and free helplines by country, shown behind the small "Need urgent help?" link.
 * Steady never guesses the country: the person picks it (stored locally, no geolocation).
 *
 * Phone and text numbers are written the way people dial them inside the country (digits, spaces,
 * dashes, optional leading +), so the UI can turn them into tel:/sms: links by stripping spaces and dashes.
 * `emergency` is a single dialable number in the same format.
 *
 * Wrong numbers in mental-health apps are a known problem, so re-check every entry before each
 * release and update HELPLINES_CHECKED. When unsure of a number, leave the country out: the UI
 * always offers FIND_A_HELPLINE_URL as well.
 */

export interface Helpline {
  name: string;
  /** Voice number as dialled inside the country. */
  phone?: string;
  /** SMS number, if the service answers texts. */
  text?: string;
  /** A word the service asks people to send first ("text CONNECT to 686868"); the sms: link prefills it. */
  textKeyword?: string;
  /** WhatsApp number in international form (+country code), for a wa.me link. */
  whatsapp?: string;
  /** The service's own website (https). */
  url?: string;
  /** Plain-language opening hours, e.g. "24/7". */
  hours?: string;
  /** Where this line's details were checked, when it is not the table-wide HELPLINES_SOURCE. */
  source?: string;
  /** When this line was last checked, when later than HELPLINES_CHECKED (YYYY-MM-DD). */
  checked?: string;
}

export interface CountryHelp {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** English country name, as it stands in a list ("United Kingdom"). */
  name: string;
  /** The name as it reads inside a sentence, with its article where English wants one ("the UK"). */
  inSentence?: string;
  /** The general emergency number (police, ambulance, fire). */
  emergency: string;
  helplines: Helpline[];
}

export const HELPLINES_SOURCE =
  "Each service's own website, cross-checked against findahelpline.com (ThroughLine's verified directory).";

export const HELPLINES_CHECKED = '2026-11-22';

export const FIND_A_HELPLINE_URL = 'https://findahelpline.com';

/** Sorted by English country name. */
export const HELPLINES: readonly CountryHelp[] = [
  {
    code: 'AU',
    name: 'Australia',
    emergency: '000',
    helplines: [
      { name: 'Lifeline', phone: '13 11 14', text: '0477 13 11 14', url: 'https://www.lifeline.org.au', hours: '24/7' },
      { name: 'Beyond Blue', phone: '1300 22 4636', url: 'https://www.beyondblue.org.au', hours: '24/7' },
    ],
  },
  {
    code: 'AT',
    name: 'Austria',
    emergency: '112',
    helplines: [{ name: 'TelefonSeelsorge', phone: '142', url: 'https://www.telefonseelsorge.at', hours: '24/7' }],
  },
  {
    code: 'BE',
    name: 'Belgium',
    emergency: '112',
    helplines: [
      { name: 'Zelfmoordlijn (Dutch)', phone: '1813', url: 'https://www.zelfmoord1813.be', hours: '24/7' },
      {
        name: 'Centre de Prévention du Suicide (French)',
        phone: '0800 32 123',
        url: 'https://www.preventionsuicide.be',
        hours: '24/7',
      },
    ],
  },
  {
    code: 'BR',
    name: 'Brazil',
    emergency: '192',
    helplines: [{ name: 'CVV – Centro de Valorização da Vida', phone: '188', url: 'https://cvv.org.br', hours: '24/7' }],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: '911',
    helplines: [
      { name: '9-8-8 Suicide Crisis Helpline', phone: '988', text: '988', url: 'https://988.ca', hours: '24/7' },
      {
        name: 'Kids Help Phone',
        phone: '1-800-668-6868',
        text: '686868',
        textKeyword: 'CONNECT',
        source: 'Kids Help Phone’s own texting page (kidshelpphone.ca/text-about-it): text CONNECT to 686868.',
        checked: '2026-12-01',
        url: 'https://kidshelpphone.ca',
        hours: '24/7',
      },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    emergency: '112',
    helplines: [
      { name: '3114 – Numéro national de prévention du suicide', phone: '3114', url: 'https://3114.fr', hours: '24/7' },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    emergency: '112',
    helplines: [
      { name: 'TelefonSeelsorge', phone: '0800 111 0 111', url: 'https://www.telefonseelsorge.de', hours: '24/7' },
      { name: 'TelefonSeelsorge (second line)', phone: '0800 111 0 222', url: 'https://www.telefonseelsorge.de', hours: '24/7' },
      {
        name: 'TelefonSeelsorge (European number)',
        phone: '116 123',
        url: 'https://www.telefonseelsorge.de',
        hours: '24/7',
        source: 'TelefonSeelsorge’s numbers as listed by its member churches: 0800 111 0 111, 0800 111 0 222 and 116 123.',
        checked: '2026-12-01',
      },
    ],
  },
  {
    code: 'IN',
    name: 'India',
    emergency: '112',
    helplines: [
      { name: 'Tele-MANAS', phone: '14416', hours: '24/7' },
      { name: 'Tele-MANAS (toll-free long number)', phone: '1-800-891-4416', hours: '24/7' },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: '112',
    helplines: [
      { name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org/ireland', hours: '24/7' },
      {
        name: '50808 text service',
        text: '50808',
        textKeyword: 'TALK',
        url: 'https://text50808.ie',
        hours: '24/7',
        source: 'Launch announcement of the HSE-funded service (todayfm.com, June 2020): text TALK to 50808.',
        checked: '2026-12-01',
      },
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    inSentence: 'the Netherlands',
    emergency: '112',
    helplines: [
      { name: '113 Zelfmoordpreventie', phone: '113', url: 'https://www.113.nl', hours: '24/7' },
      { name: '113 Zelfmoordpreventie (free number)', phone: '0800-0113', url: 'https://www.113.nl', hours: '24/7' },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: '111',
    helplines: [
      { name: '1737 Need to talk?', phone: '1737', text: '1737', url: 'https://1737.org.nz', hours: '24/7' },
      {
        name: 'Lifeline Aotearoa',
        phone: '0800 543 354',
        text: '4357',
        url: 'https://www.lifeline.org.nz',
        hours: '24/7; the text number 4357 spells HELP',
        source: 'Lifeline Aotearoa’s announcement of its free text line, HELP (4357) (scoop.co.nz).',
        checked: '2026-12-01',
      },
    ],
  },
  {
    code: 'ZA',
    name: 'South Africa',
    emergency: '112',
    helplines: [
      {
        name: 'SADAG Suicide Crisis Helpline',
        phone: '0800 567 567',
        text: '31393',
        url: 'https://www.sadag.org',
        hours: '24/7; after an SMS a counsellor calls you back',
      },
      {
        name: 'SADAG Mental Health Helpline',
        phone: '0800 456 789',
        url: 'https://www.sadag.org',
        hours: '24/7',
        source: 'SADAG’s numbers as published by SABC News (World Suicide Prevention Day).',
        checked: '2026-12-01',
      },
      {
        name: 'SADAG WhatsApp chat',
        whatsapp: '+27 87 163 2030',
        url: 'https://www.sadag.org',
        hours: '8am to 5pm, 7 days a week',
        source: 'SADAG’s numbers as published by SABC News (World Suicide Prevention Day).',
        checked: '2026-12-01',
      },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    emergency: '112',
    helplines: [
      { name: '024 – Línea de atención a la conducta suicida', phone: '024', hours: '24/7' },
      { name: 'Teléfono de la Esperanza', phone: '717 003 717', url: 'https://telefonodelaesperanza.org', hours: '24/7' },
    ],
  },
  {
    code: 'SE',
    name: 'Sweden',
    emergency: '112',
    helplines: [{ name: 'Mind Självmordslinjen', phone: '90101', url: 'https://mind.se', hours: '24/7' }],
  },
  {
    code: 'CH',
    name: 'Switzerland',
    emergency: '112',
    helplines: [{ name: 'Die Dargebotene Hand / La Main Tendue', phone: '143', url: 'https://www.143.ch', hours: '24/7' }],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    inSentence: 'the UK',
    emergency: '999',
    helplines: [
      { name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org', hours: '24/7' },
      { name: 'Shout', text: '85258', textKeyword: 'SHOUT', url: 'https://giveusashout.org', hours: '24/7', checked: '2026-12-01' },
    ],
  },
  {
    code: 'US',
    name: 'United States',
    inSentence: 'the US',
    emergency: '911',
    helplines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        phone: '988',
        text: '988',
        url: 'https://988lifeline.org',
        hours: '24/7',
      },
    ],
  },
];

/** The country as it reads inside a sentence: "In the UK, …", "In Germany, …". */
export const countryInSentence = (country: CountryHelp): string => {
  if (activeLang() === 'en') return country.inSentence ?? country.name;
  return countryName(country);
};

/** The country's name in the person's language (the browser's own list of region names), English when it has none. */
export function countryName(country: Pick<CountryHelp, 'code' | 'name'>): string {
  const lang = activeLang();
  if (lang === 'en') return country.name;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(country.code) ?? country.name;
  } catch {
    return country.name;
  }
}

const HOURS: Record<string, MessageKey> = {
  '24/7': 'help.hours.24/7',
  '8am to 5pm, 7 days a week': 'help.hours.za',
  '24/7; the text number 4357 spells HELP': 'help.hours.help',
  '24/7; after an SMS a counsellor calls you back': 'help.hours.callback',
};

/** Opening hours in the person's language; hours written by an organisation are shown as written. */
export const hoursText = (hours: string): string => (HOURS[hours] ? t(HOURS[hours]!) : hours);

/** Digits and a leading + only, for tel:, sms: and wa.me links. */
const dialable = (number: string) => number.replace(/[\s-]/g, '');

export const telLink = (number: string): string => `tel:${dialable(number)}`;

/** An sms: link, with the service's keyword already in the message when it asks for one. */
export const smsLink = (line: Pick<Helpline, 'text' | 'textKeyword'>): string =>
  `sms:${dialable(line.text ?? '')}${line.textKeyword ? `?body=${encodeURIComponent(line.textKeyword)}` : ''}`;

/** A WhatsApp chat link (wa.me wants the international number without + or spaces). */
export const whatsappLink = (number: string): string => `https://wa.me/${dialable(number).replace(/^\+/, '')}`;

/** Common non-ISO spellings people (or organisation policies) use. */
const ALIASES: Record<string, string> = { UK: 'GB' };

/** Looks up a country by ISO 3166-1 alpha-2 code, case-insensitively ("gb", "GB" and "UK" all work). */
export function findCountry(code: string): CountryHelp | undefined {
  const upper = code.trim().toUpperCase();
  const iso = ALIASES[upper] ?? upper;
  return HELPLINES.find((country) => country.code === iso);
}
