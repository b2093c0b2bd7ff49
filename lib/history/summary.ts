import type { CheckIn } from './checkins';

export interface PracticeSummary {
  exerciseId: string;
  /** Check-ins with a number both before and after. */
  rated: number;
  /** Of those, how many were higher after. */
  steadier: number;
  /** Mean of after minus before, rounded to one decimal. */
  averageChange: number;
}

const rated = (c: CheckIn): c is CheckIn & { before: { scale: number }; after: { scale: number } } =>
  c.before?.scale !== undefined && c.after?.scale !== undefined;

/** Which practices have tended to leave the person steadier, most helpful first. */
export function practiceSummaries(checkIns: readonly CheckIn[]): PracticeSummary[] {
  const by = new Map<string, { rated: number; steadier: number; total: number }>();
  for (const c of checkIns.filter(rated)) {
    const s = by.get(c.exerciseId) ?? { rated: 0, steadier: 0, total: 0 };
    const change = c.after.scale - c.before.scale;
    s.rated += 1;
    s.total += change;
    if (change > 0) s.steadier += 1;
    by.set(c.exerciseId, s);
  }
  return [...by.entries()]
    .map(([exerciseId, s]) => ({ exerciseId, rated: s.rated, steadier: s.steadier, averageChange: Math.round((s.total / s.rated) * 10) / 10 }))
    .sort((a, b) => b.steadier / b.rated - a.steadier / a.rated || b.averageChange - a.averageChange || b.rated - a.rated);
}

/** The most recent check-ins that carry a number, oldest first: what the chart draws. */
export function chartable(checkIns: readonly CheckIn[], limit = 20): CheckIn[] {
  return checkIns.filter((c) => c.before?.scale !== undefined || c.after?.scale !== undefined).slice(-limit);
}
