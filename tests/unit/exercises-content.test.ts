import { readFileSync } from 'node:fs';
// Node's URL, not the DOM one that happy-dom installs globally.
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXERCISE_ID, EXERCISES, findExercise } from '../../lib/exercises/catalog';
import { APPROACHES, APPROACH_LABELS, type Exercise } from '../../lib/exercises/types';

const STRING_FIELDS = ['id', 'title', 'summary', 'caution', 'alternative', 'source', 'evidence'] as const;

/** Every piece of text an exercise can show. */
function allText(exercise: Exercise): string[] {
  return [
    exercise.id,
    exercise.title,
    exercise.summary,
    exercise.caution,
    exercise.alternative,
    exercise.source,
    exercise.evidence,
    ...exercise.steps.map((step) => step.text),
  ];
}

const isEyesOpenNonBreath = (exercise: Exercise) => exercise.tags.eyesOpen && !exercise.tags.breathFocus;

describe('exercise catalogue: required fields', () => {
  it('has at least 14 exercises', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))('%s has every required field', (_id, exercise) => {
    for (const field of STRING_FIELDS) {
      expect(typeof exercise[field], field).toBe('string');
      expect(exercise[field].trim().length, `${field} is empty`).toBeGreaterThan(0);
    }
    expect(APPROACHES).toContain(exercise.approach);
    expect(['steps', 'breathing']).toContain(exercise.kind);
    expect(typeof exercise.tags.eyesOpen).toBe('boolean');
    expect(typeof exercise.tags.breathFocus).toBe('boolean');
    expect(typeof exercise.tags.touch).toBe('boolean');

    expect(Number.isInteger(exercise.durationSeconds)).toBe(true);
    expect(exercise.durationSeconds).toBeGreaterThanOrEqual(30);
    expect(exercise.durationSeconds).toBeLessThanOrEqual(180);

    expect(exercise.steps.length).toBeGreaterThan(0);
    for (const step of exercise.steps) {
      expect(step.text.trim().length).toBeGreaterThan(0);
      expect(step.seconds).toBeGreaterThan(0);
    }
    const total = exercise.steps.reduce((sum, step) => sum + step.seconds, 0);
    expect(total).toBeGreaterThanOrEqual(exercise.durationSeconds * 0.8);
    expect(total).toBeLessThanOrEqual(exercise.durationSeconds * 1.2);
  });

  it('gives every breathing exercise a valid pattern, and only breathing exercises', () => {
    for (const exercise of EXERCISES) {
      if (exercise.kind === 'breathing') {
        const pattern = exercise.breathing;
        expect(pattern, exercise.id).toBeDefined();
        if (!pattern) continue;
        expect(pattern.inhale).toBeGreaterThan(0);
        expect(pattern.exhale).toBeGreaterThan(0);
        expect(pattern.holdIn).toBeGreaterThanOrEqual(0);
        expect(pattern.holdOut).toBeGreaterThanOrEqual(0);
        expect(exercise.tags.breathFocus, `${exercise.id} should be tagged breathFocus`).toBe(true);
      } else {
        expect(exercise.breathing, exercise.id).toBeUndefined();
      }
    }
  });

  it('has at least two breathing exercises, including one with no holds and a longer out-breath', () => {
    const breathing = EXERCISES.filter((exercise) => exercise.kind === 'breathing');
    expect(breathing.length).toBeGreaterThanOrEqual(2);
    expect(
      breathing.some(
        ({ breathing: p }) => p !== undefined && p.holdIn === 0 && p.holdOut === 0 && p.exhale > p.inhale,
      ),
    ).toBe(true);
  });
});

describe('exercise catalogue: ids and lookup', () => {
  it('uses unique kebab-case ids', () => {
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('finds every exercise by id and returns undefined for unknown ids', () => {
    for (const exercise of EXERCISES) expect(findExercise(exercise.id)).toBe(exercise);
    expect(findExercise('no-such-exercise')).toBeUndefined();
    expect(findExercise('')).toBeUndefined();
  });

  it('defaults to an existing eyes-open, non-breath, no-touch exercise', () => {
    const fallback = findExercise(DEFAULT_EXERCISE_ID);
    expect(fallback).toBeDefined();
    expect(fallback?.tags.eyesOpen).toBe(true);
    expect(fallback?.tags.breathFocus).toBe(false);
    expect(fallback?.tags.touch).toBe(false);
  });
});

describe('exercise catalogue: coverage and order', () => {
  it.each(APPROACHES.map((approach) => [approach]))('covers %s and labels it', (approach) => {
    expect(EXERCISES.some((exercise) => exercise.approach === approach)).toBe(true);
    expect(APPROACH_LABELS[approach].trim().length).toBeGreaterThan(0);
  });

  it('offers an eyes-open, non-breath exercise in every approach', () => {
    for (const approach of APPROACHES) {
      expect(
        EXERCISES.some((exercise) => exercise.approach === approach && isEyesOpenNonBreath(exercise)),
        approach,
      ).toBe(true);
    }
  });

  it('lists eyes-open, non-breath exercises first within each approach', () => {
    for (const approach of APPROACHES) {
      const group = EXERCISES.filter((exercise) => exercise.approach === approach);
      const firstOther = group.findIndex((exercise) => !isEyesOpenNonBreath(exercise));
      if (firstOther === -1) continue;
      const lateEyesOpen = group.slice(firstOther).filter(isEyesOpenNonBreath);
      expect(lateEyesOpen.map((exercise) => exercise.id), approach).toEqual([]);
    }
  });

  it('keeps each approach together, in APPROACHES order', () => {
    const order = EXERCISES.map((exercise) => APPROACHES.indexOf(exercise.approach));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('exercise catalogue: trauma-informed wording', () => {
  const BANNED = ['trigger', 'graphic', 'warning', 'disturbing', 'you must', 'streak'];
  const GENDERED = /\b(he|she|him|his|her|hers|himself|herself)\b/i;
  const RELIGIOUS = /\b(god|gods|pray|prayer|praying|amen|blessed|blessing|soul)\b/i;
  const BOSSY_OPENERS =
    /^(breathe|hold|press|push|close|look|notice|tap|imagine|put|keep|do|stop|focus|relax|calm|try|don't|do not)\b/i;

  it.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))('%s avoids banned words', (_id, exercise) => {
    for (const text of allText(exercise)) {
      const lower = text.toLowerCase();
      for (const word of BANNED) expect(lower, `"${text}" contains "${word}"`).not.toContain(word);
      expect(text).not.toMatch(GENDERED);
      expect(text).not.toMatch(RELIGIOUS);
    }
  });

  it.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))(
    '%s opens by saying you can stop, and invites rather than orders',
    (_id, exercise) => {
      const first = exercise.steps[0]?.text ?? '';
      expect(first).toMatch(/\b(stop|stopping|leave|set this down|pause)\b/i);
      for (const step of exercise.steps) {
        expect(step.text, 'step opens with a bare command').not.toMatch(BOSSY_OPENERS);
        expect(step.text).not.toMatch(/\bshould\b/i);
      }
    },
  );

  it('words the "you can stop" opening in varied ways', () => {
    const openings = new Set(EXERCISES.map((exercise) => exercise.steps[0]?.text));
    expect(openings.size).toBe(EXERCISES.length);
  });

  it('keeps steps short enough for a small popup', () => {
    for (const exercise of EXERCISES) {
      expect(exercise.title.length, exercise.id).toBeLessThanOrEqual(40);
      expect(exercise.summary.length, exercise.id).toBeLessThanOrEqual(100);
      for (const step of exercise.steps) expect(step.text.length, step.text).toBeLessThanOrEqual(160);
    }
  });

  it('mentions touch as optional wherever an exercise involves touch', () => {
    for (const exercise of EXERCISES.filter((e) => e.tags.touch)) {
      expect(exercise.steps.slice(0, 2).map((s) => s.text).join(' ')).toMatch(/\b(if|optional)\b/i);
    }
  });
});

describe('docs/CONTENT.md', () => {
  // import.meta.url goes through a variable so Vite's asset transform of `new URL(path, import.meta.url)`
  // leaves it alone; otherwise it becomes an http://localhost URL that node:fs cannot read.
  const testFileUrl = import.meta.url;
  const content = readFileSync(new URL('../../docs/CONTENT.md', testFileUrl), 'utf8');

  it('mentions every exercise title', () => {
    for (const exercise of EXERCISES) expect(content, exercise.title).toContain(exercise.title);
  });

  it('has a heading for every approach', () => {
    for (const approach of APPROACHES) expect(content).toContain(APPROACH_LABELS[approach]);
  });
});
