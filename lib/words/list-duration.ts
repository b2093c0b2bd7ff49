import { hasEnded } from '../content/triggers-here';
import { DAY_MS } from '../history/checkins';
import { LIST_DURATIONS_DAYS, type ListDuration, type Trigger, type TriggerAction } from '../prefs/schema';
import { activeLang, t } from '../i18n';

/**
 * How long a word list stays on: "Always" or a mute-like length people know from social apps. A
 * list that has ended is simply not used by the page side; it stays in the person's settings so it
 * can be renewed with one click.
 */

// One rule and one day for the whole project; re-exported for the pages that describe list times.
export { DAY_MS, hasEnded };

/** The lengths offered, in the person's language (a function: the language can change while a page is open). */
export const durationChoices = (): ReadonlyArray<{ days: ListDuration; label: string; hint?: string }> =>
  LIST_DURATIONS_DAYS.map((days) => ({ days, label: t(`duration.${days}`), hint: days === 0 ? t('duration.0.hint') : undefined }));

/** Renewing a list whose length is unknown (a hand-made file) offers a week, the middle choice. */
const FALLBACK_RENEW_DAYS = 7 satisfies ListDuration;

export function isListDuration(days: number): days is ListDuration {
  return (LIST_DURATIONS_DAYS as readonly number[]).includes(days);
}

/** The fields a chosen length sets, counted from `now`: a change of length always starts again. */
export function startDuration(days: ListDuration, now: number): Pick<Trigger, 'endsAt' | 'lastsDays'> {
  return { endsAt: days === 0 ? 0 : now + days * DAY_MS, lastsDays: days };
}

/** The length "Renew" gives: the one the person chose before. */
export function renewDays(trigger: Pick<Trigger, 'lastsDays'>): Exclude<ListDuration, 0> {
  return trigger.lastsDays === 0 ? FALLBACK_RENEW_DAYS : trigger.lastsDays;
}

/** Renewing also turns the list back on: someone who renews it wants it working again. */
export function renewal(trigger: Pick<Trigger, 'lastsDays'>, now: number): Pick<Trigger, 'endsAt' | 'lastsDays' | 'enabled'> {
  return { ...startDuration(renewDays(trigger), now), enabled: true };
}

export function renewLabel(trigger: Pick<Trigger, 'lastsDays'>): string {
  return t('duration.renew', { length: t(`duration.${renewDays(trigger)}`) });
}

/** Same rule as the page side: at the moment endsAt is reached the list stops. */

export type ListTime = { kind: 'always' } | { kind: 'until'; endsAt: number } | { kind: 'ended'; endsAt: number };

export function listTime(trigger: Pick<Trigger, 'endsAt'>, now: number): ListTime {
  if (trigger.endsAt === 0) return { kind: 'always' };
  return hasEnded(trigger, now) ? { kind: 'ended', endsAt: trigger.endsAt } : { kind: 'until', endsAt: trigger.endsAt };
}

export interface DateStyle {
  /** undefined: the person's own locale (the browser's language). */
  locale?: string;
  /** undefined: the device's time zone; tests pin it. */
  timeZone?: string;
}

/** "Tue 8 Dec, 14:00" in en-GB; each locale orders and punctuates it its own way. */
export function formatWhen(ms: number, now: number, style: DateStyle = {}): string {
  // The year in the person's own time zone: just after midnight on 31 Dec may already be next year there.
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: style.timeZone });
  const sameYear = year.format(ms) === year.format(now);
  return new Intl.DateTimeFormat(style.locale ?? activeLang(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: style.timeZone,
  }).format(ms);
}


/**
 * One plain line about when the list ends, or that it has. The end is its own sentence because a
 * date in many locales already holds commas.
 */
export function describeListTime(trigger: Pick<Trigger, 'endsAt' | 'action'>, now: number, style: DateStyle = {}): string {
  const time = listTime(trigger, now);
  if (time.kind === 'always') return t('duration.always');
  const when = formatWhen(time.endsAt, now, style);
  return time.kind === 'until' ? t('duration.until', { when }) : t('duration.ended', { when, nothing: t(`duration.nothing.${trigger.action}`) });
}
