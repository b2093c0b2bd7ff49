import type { CheckIn, Feeling } from './checkins';
import type { PracticeSummary } from './summary';

const feeling = (f: Feeling | undefined) => [f?.scale !== undefined ? String(f.scale) : '', f?.words ? `“${f.words}”` : ''].filter(Boolean).join(' ');

/** One check-in in words, for the chart's text alternative and the list under it. */
export function describeCheckIn(c: CheckIn, title: string, format: (at: number) => string): string {
  const parts = [
    c.before && `before: ${feeling(c.before)}`,
    c.after && `after: ${feeling(c.after)}`,
  ].filter(Boolean);
  return `${format(c.at)}, ${title}: ${parts.join('; ')}`;
}

/** A kind, plain sentence about one practice, said as a person would; no scores to live up to. */
export function describeSummary(s: PracticeSummary, title: string): string {
  if (s.rated === 1) {
    return s.steadier === 1
      ? `${title}: a little steadier afterwards, the one time you checked in.`
      : `${title}: tried once with a check-in; the number did not go up that time.`;
  }
  if (s.steadier === 0) return `${title}: tried ${s.rated} times with a check-in; the numbers have not gone up so far.`;
  if (s.steadier === s.rated) return `${title}: a little steadier afterwards ${s.rated === 2 ? 'both times' : `each of the ${s.rated} times`}.`;
  return `${title}: a little steadier afterwards ${s.steadier} of the ${s.rated} times.`;
}

/**
 * The chart's one-sentence summary. `both` counts the check-ins (among those drawn) with a number
 * before and after, `higher` those of them that were higher afterwards, `numbered` every drawn one.
 */
export function describeTrend(numbered: number, both: number, higher: number): string {
  const ofThem = 'check-ins with a number before and after';
  if (both === 0) return numbered === 1 ? 'One check-in with a number so far.' : `${numbered} check-ins with a number so far.`;
  if (both === 1) return `Your one check-in with a number before and after was ${higher === 1 ? '' : 'not '}higher afterwards.`;
  if (higher === 0) return `None of your latest ${both} ${ofThem} was higher afterwards.`;
  if (higher === both) return both === 2 ? `Both of your latest ${ofThem} were higher afterwards.` : `All ${both} of your latest ${ofThem} were higher afterwards.`;
  return `${higher} of your latest ${both} ${ofThem} ${higher === 1 ? 'was' : 'were'} higher afterwards.`;
}

export const formatWhen = (at: number) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
