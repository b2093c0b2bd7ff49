import type { Exercise } from '../exercises/types';
import { breathsIn, breathTimeline, paceBreath, type BreathPhase } from './breathing';
import type { Segment } from './runner';

export interface PlanSegment extends Segment {
  /** Index into the exercise's steps. */
  step: number;
  /** Set while the paced-breathing guide runs. */
  phase?: BreathPhase;
  breath?: number;
}

export interface PlanSettings {
  /** Seconds for each in-breath (the rest of the rhythm keeps its proportions). */
  breathPace: number;
  breathHolds: boolean;
  /** On: steps move on by themselves after their suggested time. Off: the person moves on. */
  stepTimer: boolean;
}

/**
 * The guided part of a breathing exercise is its longest step; the steps around it (settling in,
 * closing) play like any other step.
 */
export function guidedStep(exercise: Exercise): number {
  if (exercise.kind !== 'breathing' || !exercise.breathing) return -1;
  let longest = 0;
  exercise.steps.forEach((step, i) => {
    if (step.seconds > (exercise.steps[longest]?.seconds ?? 0)) longest = i;
  });
  return longest;
}

/** Turns an exercise into what the runner plays: one group per step, so Skip moves a whole step on. */
export function planExercise(exercise: Exercise, settings: PlanSettings): PlanSegment[] {
  const guided = guidedStep(exercise);
  return exercise.steps.flatMap((step, i): PlanSegment[] => {
    if (i === guided && exercise.breathing) {
      // Breathing is paced by nature, so this part always runs on its own clock.
      const pattern = paceBreath(exercise.breathing, settings.breathPace, settings.breathHolds);
      return breathTimeline(pattern, breathsIn(pattern, step.seconds)).map((b) => ({ group: i, step: i, ms: b.ms, phase: b.phase, breath: b.breath }));
    }
    return [{ group: i, step: i, ms: settings.stepTimer ? step.seconds * 1000 : null }];
  });
}
