/**
 * Shapes for Steady's exercise library. Pure data types: no browser APIs here,
 * so the catalogue can be used by the popup, the pause card, the options page and tests alike.
 */

/** The approaches the library draws on, in the order they are shown. */
export const APPROACHES = [
  'somatic-experiencing',
  'sensorimotor',
  'trauma-informed-yoga',
  'emdr-resourcing',
  'compassion-focused',
  'co-regulation',
] as const;

export type Approach = (typeof APPROACHES)[number];

/** Plain names for headings in the library. */
export const APPROACH_LABELS: Record<Approach, string> = {
  'somatic-experiencing': 'Somatic Experiencing',
  sensorimotor: 'Sensorimotor Psychotherapy',
  'trauma-informed-yoga': 'Trauma-informed yoga',
  'emdr-resourcing': 'EMDR-style resourcing',
  'compassion-focused': 'Compassion-focused',
  'co-regulation': 'Co-regulation',
};

/** One step of an exercise. */
export interface ExerciseStep {
  /** Short, inviting text. Shown in a small popup, so keep it to one or two short sentences. */
  text: string;
  /** Suggested time on this step for the optional timer. The person can always move on sooner. */
  seconds: number;
}

/** A paced-breathing rhythm, in seconds per phase. Holds may be 0 (and usually are). */
export interface BreathPattern {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

export interface Exercise {
  /** kebab-case, stable forever (stored in preferences as favourites / hidden ids). */
  id: string;
  title: string;
  approach: Approach;
  /** Total suggested length, 30..180 seconds. */
  durationSeconds: number;
  /** One short inviting line. */
  summary: string;
  /** 'steps' = step-through player; 'breathing' = paced breathing visual plus intro/closing steps. */
  kind: 'steps' | 'breathing';
  /** For breathing exercises too (intro, the guided part, closing). Sum of seconds ~= durationSeconds. */
  steps: ExerciseStep[];
  /** Required when kind === 'breathing'. */
  breathing?: BreathPattern;
  /**
   * eyesOpen: designed to be done with eyes open, attention on the room (false = inward focus such as
   *   imagery, where some people like to close their eyes; closing them is never required).
   * breathFocus: attention is placed on the breath.
   * touch: involves touching your own body (always offered as optional).
   */
  tags: { eyesOpen: boolean; breathFocus: boolean; touch: boolean };
  /** A gentle caution. */
  caution: string;
  /** An eyes-open / no-breath-focus / no-touch alternative in plain words. */
  alternative: string;
  /** Who or what it comes from (author, year, approach). */
  source: string;
  /** An honest one-line evidence note. */
  evidence: string;
}
