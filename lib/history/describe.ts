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

/** A kind, plain sentence about one practice; no scores to live up to. */
export function describeSummary(s: PracticeSummary, title: string): string {
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  if (s.steadier === 0) return `${title}: tried ${times(s.rated)} with a check-in, no change in the numbers so far.`;
  return `${title}: a little steadier afterwards ${s.steadier} of ${s.rated} ${s.rated === 1 ? 'time' : 'times'}.`;
}

export const formatWhen = (at: number) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
