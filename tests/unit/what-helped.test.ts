import { describe, expect, it } from 'vitest';
import { findExercise } from '../../lib/exercises/catalog';
import { helpedScore, learningOn, tallyHelped } from '../../lib/exercises/helped';
import { differentKind, feltWorse, momentChoice } from '../../lib/exercises/library';
import { orderPausePractices, PAUSE_PRACTICES } from '../../lib/exercises/pause-practices';
import type { CheckIn } from '../../lib/history/checkins';
import { defaultPrefs } from '../../lib/prefs/defaults';

let n = 0;
const c = (exerciseId: string, before: number, after: number): CheckIn => ({ id: `c${n++}`, at: n, exerciseId, before: { scale: before }, after: { scale: after } });
const prefs = (change: (p: ReturnType<typeof defaultPrefs>) => void = () => {}) => {
  const p = defaultPrefs();
  p.exercises.checkIns = true;
  change(p);
  return p;
};

describe('what helped: the tally', () => {
  it('needs at least two check-ins, mostly higher afterwards, before anything counts as helping', () => {
    expect(helpedScore(tallyHelped([c('humming', 3, 6)]).get('humming')!)).toBeNull();
    expect(helpedScore(tallyHelped([c('humming', 3, 6), c('humming', 6, 4)]).get('humming')!)).not.toBeNull();
    expect(helpedScore(tallyHelped([c('humming', 3, 4), c('humming', 6, 2)]).get('humming')!)).toBeNull();
    expect(helpedScore(tallyHelped([c('humming', 3, 4), c('humming', 5, 5), c('humming', 5, 5)]).get('humming')!)).toBeNull();
  });

  it('learns only while check-ins are kept and learning is on', () => {
    expect(learningOn({ checkIns: true, learnFromCheckIns: true })).toBe(true);
    expect(learningOn({ checkIns: false, learnFromCheckIns: true })).toBe(false);
    expect(learningOn({ checkIns: true, learnFromCheckIns: false })).toBe(false);
  });
});

describe('"I need a moment" learns from check-ins, and the favourite always wins', () => {
  const helpedFeet = [c('feet-and-hands', 2, 5), c('feet-and-hands', 3, 6), c('orienting', 4, 5), c('orienting', 5, 4), c('orienting', 5, 5)];

  it('suggests what left the person steadier when there is no favourite', () => {
    expect(momentChoice(prefs(), helpedFeet)).toEqual({ exercise: findExercise('feet-and-hands'), why: 'learned' });
  });

  it('keeps the favourite, whatever the check-ins say', () => {
    expect(momentChoice(prefs((p) => (p.exercises.favourites = ['humming'])), helpedFeet)).toEqual({ exercise: findExercise('humming'), why: 'favourite' });
  });

  it('goes back to the gentle default when learning is off, check-ins are off, or nothing has helped yet', () => {
    const byDefault = { exercise: findExercise('orienting'), why: 'default' };
    expect(momentChoice(prefs((p) => (p.exercises.learnFromCheckIns = false)), helpedFeet)).toEqual(byDefault);
    expect(momentChoice(prefs((p) => (p.exercises.checkIns = false)), helpedFeet)).toEqual(byDefault);
    expect(momentChoice(prefs(), [c('feet-and-hands', 2, 5)])).toEqual(byDefault);
    expect(momentChoice(prefs(), null)).toEqual(byDefault);
  });

  it('never suggests an exercise the person hid, or one no longer in Steady', () => {
    expect(momentChoice(prefs((p) => (p.exercises.hidden = ['feet-and-hands'])), helpedFeet).why).toBe('default');
    expect(momentChoice(prefs(), [c('retired-one', 1, 9), c('retired-one', 1, 9)]).why).toBe('default');
  });
});

describe('the pause card’s practices', () => {
  const ids = (input: Partial<Parameters<typeof orderPausePractices>[0]> = {}) =>
    orderPausePractices({ favourites: [], hidden: [], remembered: '', helped: null, ...input }).practices.map((p) => p.id);

  it('offers an eyes-open, non-breath practice first, then feet, then three slow breaths', () => {
    expect(ids()).toEqual(['look-around', 'feet-on-floor', 'three-breaths']);
    const first = PAUSE_PRACTICES.find((p) => p.id === ids()[0])!;
    expect(first.tags).toEqual({ eyesOpen: true, breathFocus: false, touch: false });
  });

  it('puts the one picked last time first', () => {
    expect(ids({ remembered: 'three-breaths' })).toEqual(['three-breaths', 'look-around', 'feet-on-floor']);
    expect(ids({ remembered: 'no-longer-offered' })).toEqual(['look-around', 'feet-on-floor', 'three-breaths']);
  });

  it('lets the person’s favourite win over the last pick and over check-ins', () => {
    const helped = tallyHelped([c('orienting', 2, 6), c('orienting', 2, 6)]);
    expect(ids({ favourites: ['feet-and-hands'], remembered: 'three-breaths', helped })).toEqual(['feet-on-floor', 'three-breaths', 'look-around']);
    expect(ids({ favourites: ['calm-place', 'soothing-rhythm'] })[0]).toBe('three-breaths');
  });

  it('moves what helped ahead, but learning never puts breathing ahead of a non-breath practice', () => {
    const feet = orderPausePractices({ favourites: [], hidden: [], remembered: '', helped: tallyHelped([c('wall-push', 2, 6), c('feet-and-hands', 2, 6)]) });
    expect(feet.practices.map((p) => p.id)).toEqual(['feet-on-floor', 'look-around', 'three-breaths']);
    expect(feet.learned).toBe(true);
    const breaths = orderPausePractices({ favourites: [], hidden: [], remembered: '', helped: tallyHelped([c('longer-out-breath', 1, 9), c('longer-out-breath', 1, 9)]) });
    expect(breaths.practices.map((p) => p.id)).toEqual(['look-around', 'feet-on-floor', 'three-breaths']);
    expect(breaths.learned).toBe(false);
  });

  it('leaves out a practice whose exercise the person hid, but never all of them', () => {
    expect(ids({ hidden: ['orienting'] })).toEqual(['feet-on-floor', 'three-breaths']);
    expect(ids({ hidden: ['orienting', 'feet-and-hands', 'longer-out-breath'] })).toHaveLength(3);
  });
});

describe('when a practice did not help', () => {
  it('offers a different kind: eyes open, no breath focus, no touch, and from another approach after one of those', () => {
    expect(differentKind(findExercise('humming')!, [])?.id).toBe('orienting');
    expect(differentKind(findExercise('orienting')!, [])?.id).toBe('feet-and-hands');
    expect(differentKind(findExercise('feet-and-hands')!, [])?.approach).not.toBe('sensorimotor');
    const other = differentKind(findExercise('butterfly-hug')!, ['orienting'])!;
    expect(other.tags).toEqual({ eyesOpen: true, breathFocus: false, touch: false });
    expect(other.id).not.toBe('orienting');
  });

  it('knows a check-in was lower afterwards only from two numbers', () => {
    expect(feltWorse({ scale: 6 }, { scale: 4 })).toBe(true);
    expect(feltWorse({ scale: 4 }, { scale: 4 })).toBe(false);
    expect(feltWorse({ scale: 4 }, undefined)).toBe(false);
    expect(feltWorse(undefined, { scale: 1 })).toBe(false);
  });
});
