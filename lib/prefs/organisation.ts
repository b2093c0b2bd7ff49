import type { Frequency, Prefs } from './schema';
import type { Stamps } from '../sync/split';
import type { Note } from '../i18n/note';

/**
 * What an organisation (a trauma-care service, a school, a refuge, a workplace) set through the
 * browser's enterprise policy, as checked by the background (lib/prefs/managed.ts) and kept in
 * storage.local under ORG_KEY — apart from the person's own preferences, which never hold an
 * organisation's value as if the person had chosen it. Free of schema code so page scripts can
 * apply it without growing.
 */
export const ORG_KEY = 'organisation';

export interface OrgHelpline {
  name: string;
  phone?: string;
  text?: string;
  url?: string;
  hours?: string;
}
export interface OrgContact {
  name: string;
  link: string;
}
export interface OrgSite {
  host: string;
  label: string;
  includeSubdomains: boolean;
}
export interface OrgList {
  label: string;
  words: string[];
  action: 'pause' | 'veil' | 'hide';
}
export interface OrgPauseDefaults {
  frequency?: Frequency;
  intervalMinutes?: number;
  snoozeMinutes?: number[];
}

export interface Organisation {
  name: string;
  helplines: OrgHelpline[];
  contacts: OrgContact[];
  /** A country for urgent help, until the person picks their own. */
  helplineCountry: string;
  offeredSites: OrgSite[];
  offeredLists: OrgList[];
  pauseDefaults: OrgPauseDefaults;
  /** false: the organisation's pause defaults apply even where the person chose otherwise. */
  personMayChangePause: boolean;
  /**
   * Parts of the policy that could not be used, as Notes the options page says in the person's
   * language (a Steady before these were Notes stored them as English text).
   */
  problems: (Note | string)[];
}

export const PAUSE_DEFAULT_FIELDS = ['frequency', 'intervalMinutes', 'snoozeMinutes'] as const;

/** The person chose a setting if they changed it here (it is dated) or it differs from Steady's own default. */
export function personChose(stamps: Stamps, field: string, value: unknown, builtIn: unknown): boolean {
  return stamps[field] !== undefined || JSON.stringify(value) !== JSON.stringify(builtIn);
}

const BUILT_IN = { frequency: 'once-per-session', intervalMinutes: 30, snoozeMinutes: [15, 60], helplineCountry: '' } as const;

/**
 * The preferences Steady acts on: the person's own, with the organisation's defaults filling in
 * what the person has not chosen. Where the organisation does not let the person change its pause
 * defaults, its values apply regardless. Nothing here is ever written back.
 */
export function effectivePrefs(person: Prefs, org: Organisation | null | undefined, stamps: Stamps = {}): Prefs {
  if (!org) return person;
  const pause = { ...person.pause };
  for (const field of PAUSE_DEFAULT_FIELDS) {
    const theirs = org.pauseDefaults[field];
    if (theirs === undefined) continue;
    const chosen = personChose(stamps, `pause.${field}`, person.pause[field], BUILT_IN[field]);
    if (!org.personMayChangePause || !chosen) (pause as Record<string, unknown>)[field] = theirs;
  }
  // "Not chosen", once the person picked it, is their choice too.
  const country = personChose(stamps, 'helplineCountry', person.helplineCountry, BUILT_IN.helplineCountry) ? person.helplineCountry : org.helplineCountry;
  return { ...person, pause, helplineCountry: country };
}

/** Whether a pause setting is the organisation's and cannot be changed here. */
export function pauseLocked(org: Organisation | null | undefined, field: (typeof PAUSE_DEFAULT_FIELDS)[number]): boolean {
  return !!org && !org.personMayChangePause && org.pauseDefaults[field] !== undefined;
}
