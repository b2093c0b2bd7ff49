import { describe, expect, it } from 'vitest';
import { DEFAULT_EXERCISE_ID, EXERCISES } from '../../lib/exercises/catalog';
import { filterLibrary, groupByApproach, momentExercise, NO_FILTER } from '../../lib/exercises/library';
import { makeFirst, toggleIn } from '../../lib/prefs/list-ops';
import { APPROACHES } from '../../lib/exercises/types';
import { defaultPrefs } from '../../lib/prefs/defaults';

const withExercises = (favourites: string[], hidden: string[] = []) => {
  const prefs = defaultPrefs();
  return { ...prefs, exercises: { ...prefs.exercises, favourites, hidden } };
};

describe('"I need a moment"', () => {
  it('starts the gentle default when there is no favourite', () => {
    expect(momentExercise(defaultPrefs()).id).toBe(DEFAULT_EXERCISE_ID);
    expect(momentExercise(null).id).toBe(DEFAULT_EXERCISE_ID);
  });

  it('starts the first favourite, skipping ones that are hidden or no longer exist', () => {
    expect(momentExercise(withExercises(['humming', 'wall-push'])).id).toBe('humming');
    expect(momentExercise(withExercises(['retired-one', 'humming', 'wall-push'], ['humming'])).id).toBe('wall-push');
    expect(momentExercise(withExercises(['humming'], ['humming'])).id).toBe(DEFAULT_EXERCISE_ID);
  });

  it('moves a chosen exercise to the front of the favourites', () => {
    expect(makeFirst(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
    expect(makeFirst(['a'], 'z')).toEqual(['z', 'a']);
    expect(toggleIn(['a'], 'a', true)).toEqual(['a']);
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('library filters', () => {
  it('shows everything, grouped by approach in order, with no filter', () => {
    const groups = groupByApproach(filterLibrary(NO_FILTER, []));
    expect(groups.map((g) => g.approach)).toEqual([...APPROACHES]);
    expect(groups.flatMap((g) => g.exercises)).toHaveLength(EXERCISES.length);
  });

  it('filters by length and by what an exercise asks of the body', () => {
    const short = filterLibrary({ ...NO_FILTER, length: '60' }, []);
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((e) => e.durationSeconds <= 60)).toBe(true);
    const gentle = filterLibrary({ ...NO_FILTER, eyesOpen: true, noBreathFocus: true, noTouch: true }, []);
    expect(gentle.length).toBeGreaterThan(0);
    expect(gentle.every((e) => e.tags.eyesOpen && !e.tags.breathFocus && !e.tags.touch)).toBe(true);
    expect(gentle.map((e) => e.id)).toContain(DEFAULT_EXERCISE_ID);
    expect(filterLibrary({ ...NO_FILTER, noBreathFocus: true }, []).some((e) => e.kind === 'breathing')).toBe(false);
  });

  it('leaves hidden exercises out unless asked to show them', () => {
    expect(filterLibrary(NO_FILTER, ['humming']).some((e) => e.id === 'humming')).toBe(false);
    expect(filterLibrary({ ...NO_FILTER, showHidden: true }, ['humming']).some((e) => e.id === 'humming')).toBe(true);
  });
});
