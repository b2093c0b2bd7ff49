import type { CheckIn } from '../history/checkins';

/**
 * What helped, privately: which practices have tended to leave the person steadier, read from their
 * own check-ins on this device. Pure logic, no storage: the pages that hold the check-ins pass them in.
 * A practice counts only after at least MIN_RATED check-ins with a number before and after, and only
 * when at least half of them were higher afterwards and the average change is above zero, so a single
 * good day does not reorder anything.
 */

export const MIN_RATED = 2;

export interface Helped {
  /** Check-ins with a number before and after. */
  rated: number;
  /** Of those, how many were higher afterwards. */
  steadier: number;
  /** Sum of after minus before. */
  change: number;
}

const rated = (c: CheckIn): c is CheckIn & { before: { scale: number }; after: { scale: number } } =>
  c.before?.scale !== undefined && c.after?.scale !== undefined;

/** Tallies per exercise id. */
export function tallyHelped(checkIns: readonly CheckIn[]): Map<string, Helped> {
  const by = new Map<string, Helped>();
  for (const c of checkIns.filter(rated)) {
    const t = by.get(c.exerciseId) ?? { rated: 0, steadier: 0, change: 0 };
    const change = c.after.scale - c.before.scale;
    by.set(c.exerciseId, { rated: t.rated + 1, steadier: t.steadier + (change > 0 ? 1 : 0), change: t.change + change });
  }
  return by;
}

/** Adds up the tallies of several ids (a pause practice and the exercises it stands for). */
export function combine(tallies: ReadonlyMap<string, Helped>, ids: readonly string[]): Helped {
  const out = { rated: 0, steadier: 0, change: 0 };
  for (const id of ids) {
    const t = tallies.get(id);
    if (!t) continue;
    out.rated += t.rated;
    out.steadier += t.steadier;
    out.change += t.change;
  }
  return out;
}

/** How well something has helped, or null when there is not enough to go on or it has not helped. */
export function helpedScore(t: Helped): number | null {
  if (t.rated < MIN_RATED || t.steadier * 2 < t.rated || t.change <= 0) return null;
  // Share of times steadier first; the average change only breaks ties.
  return t.steadier / t.rated + t.change / t.rated / 100;
}

/** Learning is on only while the person keeps check-ins and has left "learn from them" on. */
export const learningOn = (exercises: { checkIns: boolean; learnFromCheckIns: boolean }): boolean =>
  exercises.checkIns && exercises.learnFromCheckIns;
