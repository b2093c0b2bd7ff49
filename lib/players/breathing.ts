import type { BreathPattern } from '../exercises/types';

export type BreathPhase = 'in' | 'holdIn' | 'out' | 'holdOut';

export const PHASE_ORDER: readonly BreathPhase[] = ['in', 'holdIn', 'out', 'holdOut'];

/** What the live region says at each phase: words only, never a count of seconds. */
export const PHASE_TEXT: Record<BreathPhase, string> = {
  in: 'Breathing in, gently',
  holdIn: 'A soft pause',
  out: 'And slowly out',
  holdOut: 'Resting',
};

const half = (n: number) => Math.round(n * 2) / 2;

/**
 * Fits an exercise's rhythm to the person's chosen pace: the in-breath takes `pace` seconds and the
 * other phases keep their proportions, so a longer out-breath stays longer. Holds are only ever added
 * when the person turned them on; with holds off every hold is dropped.
 */
export function paceBreath(pattern: BreathPattern, pace: number, holds: boolean): BreathPattern {
  const scale = pace / pattern.inhale;
  const gentleHold = Math.max(1, half(pace / 2));
  return {
    inhale: half(pace),
    exhale: Math.max(1, half(pattern.exhale * scale)),
    holdIn: holds ? (pattern.holdIn > 0 ? half(pattern.holdIn * scale) : gentleHold) : 0,
    holdOut: holds ? (pattern.holdOut > 0 ? half(pattern.holdOut * scale) : gentleHold) : 0,
  };
}

export function cycleSeconds(pattern: BreathPattern): number {
  return pattern.inhale + pattern.holdIn + pattern.exhale + pattern.holdOut;
}

/** How many whole breaths fit in about `seconds` (at least one). */
export function breathsIn(pattern: BreathPattern, seconds: number): number {
  return Math.max(1, Math.round(seconds / cycleSeconds(pattern)));
}

export interface BreathSegment {
  phase: BreathPhase;
  /** 0-based breath number. */
  breath: number;
  ms: number;
}

/** The phases of `breaths` breaths in order, leaving out holds of zero length. */
export function breathTimeline(pattern: BreathPattern, breaths: number): BreathSegment[] {
  const seconds: Record<BreathPhase, number> = {
    in: pattern.inhale,
    holdIn: pattern.holdIn,
    out: pattern.exhale,
    holdOut: pattern.holdOut,
  };
  const out: BreathSegment[] = [];
  for (let breath = 0; breath < breaths; breath++) {
    for (const phase of PHASE_ORDER) if (seconds[phase] > 0) out.push({ phase, breath, ms: seconds[phase] * 1000 });
  }
  return out;
}
