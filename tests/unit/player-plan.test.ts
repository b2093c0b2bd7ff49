import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise } from '../../lib/exercises/catalog';
import { breathsIn, breathTimeline, cycleSeconds, MAX_PHASE_SECONDS, paceBreath, PHASE_ORDER, phaseText } from '../../lib/players/breathing';
import { guidedStep, planExercise } from '../../lib/players/plan';

const noHolds = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };

describe('paced breathing', () => {
  it('sets the in-breath to the chosen pace and keeps the out-breath in proportion', () => {
    expect(paceBreath(noHolds, 4, false)).toEqual(noHolds);
    expect(paceBreath(noHolds, 5, false)).toEqual({ inhale: 5, holdIn: 0, exhale: 7.5, holdOut: 0 });
    expect(paceBreath({ inhale: 5, holdIn: 0, exhale: 6, holdOut: 0 }, 3, false)).toEqual({ inhale: 3, holdIn: 0, exhale: 3.5, holdOut: 0 });
  });

  it('keeps every phase at 8 seconds or less at every pace, and the out-breath still the longer one', () => {
    // Humming is 3:6: at the 8 s pace its out-breath would be 16 s without the cap.
    expect(paceBreath(findExercise('humming')!.breathing!, 8, false)).toEqual({ inhale: 4, holdIn: 0, exhale: 8, holdOut: 0 });
    expect(paceBreath(noHolds, 6, false)).toEqual({ inhale: 5.5, holdIn: 0, exhale: 8, holdOut: 0 });
    for (const exercise of EXERCISES.filter((e) => e.breathing)) {
      for (const pace of [3, 4, 5, 6, 7, 8]) {
        for (const holds of [false, true]) {
          const p = paceBreath(exercise.breathing!, pace, holds);
          const where = `${exercise.id} at ${pace} s${holds ? ' with holds' : ''}`;
          expect(Math.max(p.inhale, p.exhale, p.holdIn, p.holdOut), where).toBeLessThanOrEqual(MAX_PHASE_SECONDS);
          expect(p.inhale, where).toBeGreaterThanOrEqual(1);
          if (exercise.breathing!.exhale > exercise.breathing!.inhale) expect(p.exhale, where).toBeGreaterThan(p.inhale);
        }
      }
    }
  });

  it('adds gentle holds only when the person turned them on, and drops all holds otherwise', () => {
    const withHolds = paceBreath(noHolds, 4, true);
    expect(withHolds.holdIn).toBeGreaterThan(0);
    expect(withHolds.holdOut).toBeGreaterThan(0);
    expect(paceBreath({ inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 }, 4, false)).toEqual({ inhale: 4, holdIn: 0, exhale: 4, holdOut: 0 });
  });

  it('leaves out zero-length holds and numbers the breaths', () => {
    const timeline = breathTimeline(noHolds, 3);
    expect(timeline.map((b) => b.phase)).toEqual(['in', 'out', 'in', 'out', 'in', 'out']);
    expect(timeline.map((b) => b.breath)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(timeline[1]!.ms).toBe(6000);
    const held = breathTimeline({ inhale: 4, holdIn: 2, exhale: 4, holdOut: 2 }, 1);
    expect(held.map((b) => b.phase)).toEqual(['in', 'holdIn', 'out', 'holdOut']);
  });

  it('fits whole breaths into a step', () => {
    expect(cycleSeconds(noHolds)).toBe(10);
    expect(breathsIn(noHolds, 70)).toBe(7);
    expect(breathsIn(noHolds, 2)).toBe(1);
  });

  it('announces phases in words, never in seconds', () => {
    for (const phase of PHASE_ORDER) expect(phaseText(phase)).not.toMatch(/\d|second/i);
  });
});

describe('exercise plans', () => {
  const settings = { breathPace: 4, breathHolds: false, stepTimer: false };

  it('gives a step exercise one segment per step, waiting for the person unless the timer is on', () => {
    const orienting = findExercise('orienting')!;
    const byHand = planExercise(orienting, settings);
    expect(byHand).toHaveLength(orienting.steps.length);
    expect(byHand.every((s) => s.ms === null)).toBe(true);
    const timed = planExercise(orienting, { ...settings, stepTimer: true });
    expect(timed.map((s) => s.ms)).toEqual(orienting.steps.map((s) => s.seconds * 1000));
  });

  it('runs the breathing guide during the longest step of a breathing exercise, as one skippable group', () => {
    const exercise = findExercise('longer-out-breath')!;
    const guided = guidedStep(exercise);
    expect(guided).toBe(1);
    const plan = planExercise(exercise, settings);
    const breathing = plan.filter((s) => s.step === guided);
    expect(breathing.every((s) => s.phase !== undefined && s.ms !== null && s.group === guided)).toBe(true);
    // 70 seconds of 4 in + 6 out.
    expect(breathing.filter((s) => s.phase === 'in')).toHaveLength(7);
    expect(plan[0]).toMatchObject({ step: 0, ms: null });
    expect(plan.at(-1)).toMatchObject({ step: 2, ms: null });
  });

  it('plans every exercise in the catalogue with every step present', () => {
    for (const exercise of EXERCISES) {
      const plan = planExercise(exercise, { breathPace: 8, breathHolds: true, stepTimer: true });
      expect(new Set(plan.map((s) => s.step)).size, exercise.id).toBe(exercise.steps.length);
    }
  });
});
