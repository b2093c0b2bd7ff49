import type { CheckIn } from '../history/checkins';
import type { Prefs } from '../prefs/schema';
import { DEFAULT_EXERCISE_ID, EXERCISES, findExercise } from './catalog';
import { helpedScore, learningOn, tallyHelped } from './helped';
import { APPROACHES, type Approach, type Exercise } from './types';
import { t } from '../i18n';
import { exerciseText } from '../i18n';

export type LengthFilter = 'any' | '60' | '120';

export interface LibraryFilter {
  /** Longest length to show, in seconds ('any' shows all). */
  length: LengthFilter;
  eyesOpen: boolean;
  noBreathFocus: boolean;
  noTouch: boolean;
  /** Show exercises the person hid (so they can bring them back). */
  showHidden: boolean;
}

export const NO_FILTER: LibraryFilter = { length: 'any', eyesOpen: false, noBreathFocus: false, noTouch: false, showHidden: false };

export function matchesFilter(exercise: Exercise, filter: LibraryFilter, hidden: readonly string[]): boolean {
  if (!filter.showHidden && hidden.includes(exercise.id)) return false;
  if (filter.length !== 'any' && exercise.durationSeconds > Number(filter.length)) return false;
  if (filter.eyesOpen && !exercise.tags.eyesOpen) return false;
  if (filter.noBreathFocus && exercise.tags.breathFocus) return false;
  if (filter.noTouch && exercise.tags.touch) return false;
  return true;
}

export interface ApproachGroup {
  approach: Approach;
  exercises: Exercise[];
}

/** The library in APPROACHES order, leaving out approaches with nothing left after filtering. */
export function groupByApproach(exercises: readonly Exercise[]): ApproachGroup[] {
  return APPROACHES.map((approach) => ({ approach, exercises: exercises.filter((e) => e.approach === approach) })).filter(
    (g) => g.exercises.length > 0,
  );
}

export function filterLibrary(filter: LibraryFilter, hidden: readonly string[], all: readonly Exercise[] = EXERCISES): Exercise[] {
  return all.filter((e) => matchesFilter(e, filter, hidden));
}

/**
 * What "I need a moment" starts: the first favourite that still exists and is not hidden, otherwise
 * the gentle default (eyes open, no breath focus, no touch).
 */
export function momentExercise(prefs: Pick<Prefs, 'exercises'> | null): Exercise {
  const { favourites = [], hidden = [] } = prefs?.exercises ?? {};
  for (const id of favourites) {
    const found = findExercise(id);
    if (found && !hidden.includes(id)) return found;
  }
  return findExercise(DEFAULT_EXERCISE_ID)!;
}

export interface MomentChoice {
  exercise: Exercise;
  /** favourite: the person chose it; learned: their own check-ins suggest it; default: the gentle default. */
  why: 'favourite' | 'learned' | 'default';
}

/**
 * "I need a moment", with what helped: the person's favourite always wins; without one, and with
 * learning on, the practice their own check-ins say most often left them steadier (see helped.ts for
 * how much it takes); otherwise the gentle default.
 */
export function momentChoice(prefs: Pick<Prefs, 'exercises'> | null, checkIns: readonly CheckIn[] | null): MomentChoice {
  const exercise = momentExercise(prefs);
  const { favourites = [], hidden = [] } = prefs?.exercises ?? {};
  if (favourites.some((id) => findExercise(id) && !hidden.includes(id))) return { exercise, why: 'favourite' };
  if (prefs && checkIns && learningOn(prefs.exercises)) {
    let best: { exercise: Exercise; score: number } | null = null;
    for (const [id, tally] of tallyHelped(checkIns)) {
      const found = findExercise(id);
      const score = helpedScore(tally);
      if (!found || hidden.includes(id) || score === null) continue;
      if (!best || score > best.score) best = { exercise: found, score };
    }
    if (best) return { exercise: best.exercise, why: 'learned' };
  }
  return { exercise, why: 'default' };
}

const gentle = (e: Exercise) => e.tags.eyesOpen && !e.tags.breathFocus && !e.tags.touch;

/**
 * For "that one didn't help": a different kind of practice to try, one tap away. Always eyes-open,
 * no breath focus and no touch; after one of those, from another approach, so it really is different;
 * shortest first. Undefined only when the person has hidden every such exercise.
 */
export function differentKind(current: Exercise, hidden: readonly string[], all: readonly Exercise[] = EXERCISES): Exercise | undefined {
  const candidates = all.filter((e) => e.id !== current.id && !hidden.includes(e.id) && gentle(e));
  const elsewhere = gentle(current) ? candidates.filter((e) => e.approach !== current.approach) : candidates;
  const pool = elsewhere.length > 0 ? elsewhere : candidates;
  return [...pool].sort((a, b) => a.durationSeconds - b.durationSeconds)[0];
}

/** True when a check-in's number went down from before to after. */
export const feltWorse = (before: { scale?: number } | undefined, after: { scale?: number } | undefined): boolean =>
  before?.scale !== undefined && after?.scale !== undefined && after.scale < before.scale;


export function minutesLabel(seconds: number): string {
  if (seconds < 60) return t('time.seconds', { count: seconds });
  const minutes = Math.round((seconds / 60) * 2) / 2;
  return t('time.minutes', { count: minutes });
}

/** Short tags for a row in the library, in the order people filter by. */
export function tagWords(exercise: Exercise): string[] {
  const { eyesOpen, breathFocus, touch } = exercise.tags;
  return [t(eyesOpen ? 'tag.eyesOpen' : 'tag.inward'), t(breathFocus ? 'tag.breathFocus' : 'tag.noBreathFocus'), t(touch ? 'tag.touch' : 'tag.noTouch')];
}

/** A practice's title for history, which can outlive an exercise that was later retired. */
export const exerciseTitle = (id: string): string => {
  const exercise = findExercise(id);
  return exercise ? exerciseText(exercise).title : t('history.retired');
};

/** An approach's heading in the person's language (APPROACH_LABELS stays English, for docs/CONTENT.md). */
export const approachLabel = (approach: Approach): string => t(`approach.${approach}`);
