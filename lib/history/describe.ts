import type { CheckIn, Feeling } from './checkins';
import type { PracticeSummary } from './summary';
import { activeLang, t } from '../i18n';

const feeling = (f: Feeling | undefined) =>
  [f?.scale !== undefined ? String(f.scale) : '', f?.words ? t('exercise.quoted', { words: f.words }) : ''].filter(Boolean).join(' ');

/** One check-in in words, for the chart's text alternative and the list under it. */
export function describeCheckIn(c: CheckIn, title: string, format: (at: number) => string): string {
  const parts = [
    c.before && t('describe.before', { feeling: feeling(c.before) }),
    c.after && t('describe.after', { feeling: feeling(c.after) }),
  ].filter(Boolean);
  return t('describe.checkIn', { when: format(c.at), title, parts: parts.join('; ') });
}

/** A kind, plain sentence about one practice, said as a person would; no scores to live up to. */
export function describeSummary(s: PracticeSummary, title: string): string {
  if (s.rated === 1) {
    return t(s.steadier === 1 ? 'describe.onceSteadier' : 'describe.onceNot', { title });
  }
  if (s.steadier === 0) return t('describe.neverUp', { title, count: s.rated });
  if (s.steadier === s.rated) return t(s.rated === 2 ? 'describe.bothTimes' : 'describe.everyTime', { title, count: s.rated });
  return t('describe.someTimes', { title, steadier: s.steadier, count: s.rated });
}

/**
 * The chart's one-sentence summary. `both` counts the check-ins (among those drawn) with a number
 * before and after, `higher` those of them that were higher afterwards, `numbered` every drawn one.
 */
export function describeTrend(numbered: number, both: number, higher: number): string {
  if (both === 0) return t('trend.none', { count: numbered });
  if (both === 1) return t(higher === 1 ? 'trend.oneHigher' : 'trend.oneNotHigher');
  if (higher === 0) return t('trend.noneHigher', { count: both });
  if (higher === both) return t(both === 2 ? 'trend.bothHigher' : 'trend.allHigher', { count: both });
  return t('trend.someHigher', { count: higher, both });
}

export const formatWhen = (at: number) =>
  new Intl.DateTimeFormat(activeLang(), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
