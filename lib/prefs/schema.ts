import * as v from 'valibot';
import type { RuleKey } from '../i18n/locales/en-problems';
import { LANGUAGE_CHOICES } from '../i18n/types';
import { PREFS_VERSION } from './version';

export { PREFS_VERSION };

/**
 * The one preferences schema. Every field has a default (see defaults.ts), so a new field is added
 * here with a default and older stores are filled in by repair; reshaping a field needs a migration
 * (migrations.ts) and a bump of PREFS_VERSION.
 */

/**
 * A message here is a rule key of the catalogue (lib/i18n/locales/en-problems.ts), never words: the
 * options page says it in the person's language, and a count it needs ("is longer than 60
 * characters") is the check's own requirement (see describeIssue in validate.ts).
 */
const rule = (key: RuleKey): RuleKey => key;
type Unit = 'minutes' | 'seconds' | 'days' | 'milliseconds';

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, rule('rule.id')));
const label = (max: number) =>
  v.pipe(v.string(rule('rule.text')), v.trim(), v.maxLength(max, rule('rule.longerThan')));
const whole = (min: number, max: number, unit: Unit) =>
  v.pipe(
    v.number(rule(`rule.${unit}.number`)),
    v.integer(rule(`rule.${unit}.whole`)),
    v.minValue(min, rule(`rule.${unit}.atLeast`)),
    v.maxValue(max, rule(`rule.${unit}.atMost`)),
  );
/** Two entries of one list with the same id would be edited (and removed) together. */
const uniqueIds = <T extends { id: string }>(list: 'sites' | 'triggers' | 'people') =>
  v.check<T[], string>((items) => new Set(items.map((item) => item.id)).size === items.length, rule(`rule.sameId.${list}`));
const weekday = v.pipe(v.number(rule('rule.weekday')), v.integer(rule('rule.weekday')), v.minValue(0, rule('rule.weekday')), v.maxValue(6, rule('rule.weekday')));
const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, rule('rule.time')));

/** A host name in lower case ASCII (a pasted URL or an international name is converted before it gets here). */
export const HostSchema = v.pipe(
  v.string(rule('rule.siteName')),
  v.regex(/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/, rule('rule.notSiteName')),
);

export const SiteSchema = v.object({
  id,
  host: HostSchema,
  includeSubdomains: v.boolean(),
  /** '' or a path that starts with '/': the pause applies only under it. */
  pathPrefix: v.pipe(v.string(), v.maxLength(512), v.regex(/^(\/[^\s]*)?$/, rule('rule.path'))),
  label: label(60),
});

export const TRIGGER_ACTIONS = ['pause', 'veil', 'hide'] as const;
/** How a veiled block looks: a calm solid tile (nothing shows through) or a blur. */
export const VEIL_STYLES = ['solid', 'blur'] as const;
/** How long a list stays on when the person adds or renews it; 0 = until they turn it off. */
export const LIST_DURATIONS_DAYS = [0, 1, 7, 30] as const;

export const TriggerSchema = v.object({
  id,
  label: label(60),
  words: v.pipe(
    v.array(v.pipe(v.string(rule('rule.text')), v.trim(), v.minLength(1, rule('rule.emptyWord')), v.maxLength(100, rule('rule.wordLongerThan')))),
    v.minLength(1, rule('rule.needsWord')),
    v.maxLength(2000, rule('rule.moreWordsThan')),
  ),
  action: v.picklist(TRIGGER_ACTIONS, rule('rule.action')),
  /** true: every site (needs the all-sites permission, an explicit opt-in). false: only `hosts`. */
  everySite: v.boolean(),
  hosts: v.pipe(v.array(HostSchema), v.maxLength(500)),
  enabled: v.boolean(),
  // Added in version 2. Each has a default, so a list written without them (an older file, a
  // hand-made one) is taken whole rather than dropped.
  veilStyle: v.optional(v.picklist(VEIL_STYLES, rule('rule.veilStyle')), 'solid'),
  /** Leave navigation, menus and the page's own header and footer alone. */
  skipPageParts: v.optional(v.boolean(rule('rule.onOff')), true),
  /** Also find plurals and simple inflections ("funeral" finds "funerals"). */
  wordEndings: v.optional(v.boolean(rule('rule.onOff')), false),
  /** The list is on until this moment (ms since 1970); 0 = until the person turns it off. */
  endsAt: v.optional(whole(0, 8.64e15, 'milliseconds'), 0),
  /** The length chosen for it, so "renew" gives the same again. */
  lastsDays: v.optional(v.picklist(LIST_DURATIONS_DAYS, rule('rule.listDays')), 0),
});

export const FREQUENCIES = ['every-visit', 'once-per-session', 'interval'] as const;

export const PauseSchema = v.object({
  frequency: v.picklist(FREQUENCIES, rule('rule.frequency')),
  intervalMinutes: whole(1, 1440, 'minutes'),
  /** Snooze lengths offered on the card; "rest of the day" is always offered as well. */
  snoozeMinutes: v.pipe(v.array(whole(1, 720, 'minutes')), v.minLength(1, rule('rule.needsLength')), v.maxLength(4, rule('rule.moreLengthsThan'))),
  /** 0 = off. A short, announced wait before Continue is enabled; never restarts. */
  gentleDelaySeconds: whole(0, 30, 'seconds'),
  /** Opt-in: name the matched word on the card (off: only the person's label is shown). */
  showMatchedWord: v.boolean(),
  /** The practice the person last picked on the pause card ('' = none yet). */
  practice: v.pipe(v.string(), v.maxLength(64)),
  // Added in version 3: both opt-in, so a pause looks the same until the person asks for more.
  /** Offer "Hear from …" (the words the person keeps from their people) on the card. */
  offerWords: v.boolean(rule('rule.onOff')),
  /** Offer the person's steadying plan on the card. */
  offerPlan: v.boolean(rule('rule.onOff')),
});

export const QuietHoursSchema = v.object({
  enabled: v.boolean(),
  from: clock,
  to: clock,
  /** Days of the week, 0 (Sunday) to 6. */
  days: v.pipe(v.array(weekday), v.maxLength(7)),
});

export const ExercisePrefsSchema = v.object({
  /** Ordered; the first one is what "I need a moment" starts. */
  favourites: v.pipe(v.array(id), v.maxLength(100)),
  hidden: v.pipe(v.array(id), v.maxLength(100)),
  /** Seconds per breath phase of paced breathing. */
  breathPace: whole(3, 8, 'seconds'),
  breathHolds: v.boolean(),
  stepTimer: v.boolean(),
  chime: v.boolean(),
  checkIns: v.boolean(),
  /** Let the order of suggestions learn from the person's own check-ins (on this device only). */
  learnFromCheckIns: v.boolean(),
});

const PERSON_LINK = /^(tel:\+?[0-9 ().-]{3,32}|sms:\+?[0-9 ().-]{3,32}(\?.*)?|mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/i;

/** Longest ready message: a text message's worth, so it fits an sms: body. */
export const READY_MESSAGE_MAX = 300;

export const PersonSchema = v.object({
  id,
  name: v.pipe(label(60), v.minLength(1, rule('rule.needsName'))),
  link: v.pipe(v.string(), v.maxLength(500), v.regex(PERSON_LINK, rule('rule.personLink'))),
  /**
   * Added in version 3: a message the person wrote for when reaching out is hard ("Could you call
   * me?"), filled into the link where the link can carry one. Absent = none, so an older file's
   * people are taken whole.
   */
  message: v.optional(label(READY_MESSAGE_MAX)),
});

/** Longest answer in each part of the plan: enough for a few lines, small enough for sync's items. */
export const PLAN_TEXT_MAX = 1000;
const planText = label(PLAN_TEXT_MAX);

/**
 * The person's steadying plan, in their own words, after safety-planning practice (Stanley & Brown's
 * steps, as digital safety plans use them): what tends to knock me off balance, what helps, safe
 * places and things, my people (the people list itself), professionals and services (these words
 * and the helplines of the chosen country), and one reason that matters. Added in version 3.
 */
export const PlanSchema = v.object({
  /** As private as the word lists: never on the pause card, and printed only if the person ticks it. */
  offBalance: planText,
  helps: planText,
  safePlaces: planText,
  professionals: planText,
  reason: planText,
  /** Print what knocks me off balance too (off: the printout leaves it out). */
  printOffBalance: v.boolean(rule('rule.onOff')),
});

export const AppearanceSchema = v.object({
  theme: v.picklist(['system', 'light', 'dark'] as const, rule('rule.theme')),
  textSize: v.picklist(['default', 'large', 'larger'] as const, rule('rule.textSize')),
  motion: v.picklist(['system', 'reduce'] as const, rule('rule.motion')),
  /** Added in version 3: 'browser' follows the browser's own language. */
  language: v.picklist(LANGUAGE_CHOICES, rule('rule.language')),
  voice: v.object({
    enabled: v.boolean(),
    name: label(200),
    rate: v.pipe(v.number(), v.minValue(0.5), v.maxValue(1.5)),
  }),
});

/** A quiet, optional monthly "look over your lists". */
export const ListReviewSchema = v.object({
  enabled: v.boolean(),
  /** When the person last looked over (or set aside) their lists, ms since 1970; 0 = not started yet. */
  lastAt: whole(0, 8.64e15, 'milliseconds'),
});

export const HistorySchema = v.object({
  /** 0 keeps check-ins until the person erases them. */
  retentionDays: whole(0, 3650, 'days'),
});

export const PrefsSchema = v.object({
  version: v.literal(PREFS_VERSION),
  sites: v.pipe(v.array(SiteSchema), v.maxLength(500, rule('rule.moreSitesThan')), uniqueIds('sites')),
  triggers: v.pipe(v.array(TriggerSchema), v.maxLength(200, rule('rule.moreListsThan')), uniqueIds('triggers')),
  pause: PauseSchema,
  quietHours: QuietHoursSchema,
  exercises: ExercisePrefsSchema,
  people: v.pipe(v.array(PersonSchema), v.maxLength(20, rule('rule.morePeopleThan')), uniqueIds('people')),
  /** '' until the person picks one; no geolocation is ever used. */
  helplineCountry: v.pipe(v.string(), v.regex(/^([A-Z]{2})?$/, rule('rule.country'))),
  appearance: AppearanceSchema,
  history: HistorySchema,
  listReview: ListReviewSchema,
  plan: PlanSchema,
  /** Opt-in mirror of these preferences to storage.sync. */
  sync: v.boolean(),
});

export type Prefs = v.InferOutput<typeof PrefsSchema>;
export type Site = v.InferOutput<typeof SiteSchema>;
export type Trigger = v.InferOutput<typeof TriggerSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Plan = v.InferOutput<typeof PlanSchema>;
export type TriggerAction = (typeof TRIGGER_ACTIONS)[number];
export type VeilStyle = (typeof VEIL_STYLES)[number];
export type ListDuration = (typeof LIST_DURATIONS_DAYS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
