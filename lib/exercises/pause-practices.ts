import { combine, helpedScore, type Helped } from './helped';
import type { Exercise } from './types';

/**
 * The short practices the pause card offers, two eyes-open and non-breath, then three slow breaths.
 * Kept apart from the catalogue so the card does not carry the whole library: each one names the
 * library exercises it is a short form of (`related`), which is how the person's favourite and their
 * check-ins reach the card.
 */
export interface PausePractice extends Exercise {
  /** The button that starts it on the card. */
  choiceLabel: string;
  /** Library exercises this is a short form of: a favourite among them brings it first. */
  related: readonly string[];
}

export const PAUSE_PRACTICES: readonly PausePractice[] = [
  {
    id: 'look-around',
    choiceLabel: 'Look around you',
    related: ['orienting', 'five-senses'],
    title: 'Looking around',
    approach: 'somatic-experiencing',
    durationSeconds: 30,
    summary: 'Your eyes on what is around you, naming a few things you see.',
    kind: 'steps',
    steps: [
      { text: 'You can stop at any time. If you like, you might let your eyes move slowly around you, wherever you are.', seconds: 10 },
      { text: 'Perhaps name three things you can see, silently or out loud. Colours and shapes count.', seconds: 12 },
      { text: 'You are here, right now. You might let that sink in for a moment.', seconds: 8 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'If looking around makes you feel more on alert, your eyes can rest on one calm thing instead.',
    alternative: 'You could listen instead, and name two or three sounds you can hear.',
    source: 'Orienting, from Somatic Experiencing (Peter Levine; Payne, Levine & Crane-Godreau 2015).',
    evidence: 'Preliminary evidence for Somatic Experiencing (Kuhfuß et al. 2021 review); this short form is untested.',
  },
  {
    id: 'feet-on-floor',
    choiceLabel: 'Feet on the floor',
    related: ['feet-and-hands', 'wall-push'],
    title: 'Feet on the floor',
    approach: 'sensorimotor',
    durationSeconds: 30,
    summary: 'A moment of pressing into what holds you up.',
    kind: 'steps',
    steps: [
      { text: 'You can stop whenever you like. Sitting, standing or lying down all work.', seconds: 8 },
      {
        text: 'If it feels okay, you could press your feet gently into the floor, then let go. Your hands can press on something solid instead.',
        seconds: 12,
      },
      { text: 'Perhaps notice what is holding you up right now.', seconds: 10 },
    ],
    tags: { eyesOpen: true, breathFocus: false, touch: false },
    caution: 'Pressing lightly is enough. If your feet are hard to feel or to reach, your hands can do it all.',
    alternative: 'You could hold something with a clear texture, like a key or a smooth stone, and feel its weight.',
    source: 'Grounding in Sensorimotor Psychotherapy (Ogden, Minton & Pain 2006) and Seeking Safety (Najavits 2002).',
    evidence: 'A widely used clinical grounding skill; no trial of this short form.',
  },
  {
    id: 'three-breaths',
    choiceLabel: 'Three slow breaths',
    related: ['longer-out-breath', 'soothing-rhythm'],
    title: 'Three slow breaths',
    approach: 'trauma-informed-yoga',
    durationSeconds: 30,
    summary: 'Three even breaths with the circle, in and slowly out, no holding.',
    kind: 'breathing',
    breathing: { inhale: 4, holdIn: 0, exhale: 4, holdOut: 0 },
    steps: [{ text: 'You can stop at any time. If it feels okay, you could breathe along with the circle, no holding.', seconds: 30 }],
    tags: { eyesOpen: true, breathFocus: true, touch: false },
    caution: 'If you feel dizzy, or noticing the breath makes you tense, you can stop and breathe your own way.',
    alternative: 'You could look around you and name three things you can see, and let your breath do what it does.',
    source: 'Slow breathing offered as a choice, as in trauma-sensitive yoga (Emerson & Hopper 2011).',
    evidence: 'Slow breathing has small studies in healthy adults (Balban et al. 2023); three breaths alone are untested.',
  },
];

const BY_ID = new Map(PAUSE_PRACTICES.map((p) => [p.id, p]));

export const findPausePractice = (id: string): PausePractice | undefined => BY_ID.get(id);

export interface PauseOrderInput {
  /** The person's favourite exercises, first one first. */
  favourites: readonly string[];
  /** Exercises the person hid from their list. */
  hidden: readonly string[];
  /** The practice they last picked on the card ('' = none yet). */
  remembered: string;
  /** Their check-in tallies per exercise id, or null when learning from check-ins is off. */
  helped: ReadonlyMap<string, Helped> | null;
}

export interface PauseOrder {
  practices: PausePractice[];
  /** True when the person's check-ins changed the order, so the card can say so in one line. */
  learned: boolean;
}

const moveToFront = (list: PausePractice[], id: string | undefined): PausePractice[] => {
  const found = list.find((p) => p.id === id);
  return found ? [found, ...list.filter((p) => p !== found)] : list;
};

/**
 * The card's choices, in order:
 * 1. the practice that stands for the person's favourite exercise (the favourite always wins);
 * 2. the practice they picked last time;
 * 3. the rest eyes-open and non-breath first, and, when learning is on, the ones their own check-ins
 *    say left them steadier ahead of the others. Learning never puts breathing ahead of a non-breath
 *    practice: only the person's own choice (favourite or last pick) does that.
 * A practice whose main exercise the person hid is left out, unless that would leave nothing.
 */
export function orderPausePractices({ favourites, hidden, remembered, helped }: PauseOrderInput): PauseOrder {
  const shown = PAUSE_PRACTICES.filter((p) => !hidden.includes(p.related[0]!));
  const base = shown.length > 0 ? [...shown] : [...PAUSE_PRACTICES];
  const score = (p: PausePractice) => (helped ? helpedScore(combine(helped, [p.id, ...p.related])) : null) ?? -1;
  const learnedOrder = [...base].sort((a, b) => Number(a.tags.breathFocus) - Number(b.tags.breathFocus) || score(b) - score(a));
  const favourite = favourites.map((id) => base.find((p) => p.related.includes(id) || p.id === id)).find(Boolean);
  const arrange = (list: PausePractice[]) => moveToFront(moveToFront(list, findPausePractice(remembered)?.id), favourite?.id);
  const practices = arrange(learnedOrder);
  const without = arrange(base);
  return { practices, learned: practices.some((p, i) => p !== without[i]) };
}
