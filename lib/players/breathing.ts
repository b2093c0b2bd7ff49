import type { BreathPattern } from '../exercises/types';
import { t } from '../i18n';

export type BreathPhase = 'in' | 'holdIn' | 'out' | 'holdOut';

export const PHASE_ORDER: readonly BreathPhase[] = ['in', 'holdIn', 'out', 'holdOut'];

/** What the live region says at each phase, in the person's language: words only, never a count of seconds. */
export const phaseText = (phase: BreathPhase): string => t(`phase.${phase}`);

const half = (n: number) => Math.round(n * 2) / 2;

/**
 * No phase lasts longer than this, whatever the pace: a longer in-, out-breath or hold can leave
 * people short of air (air hunger), which is the opposite of steadying.
 */
export const MAX_PHASE_SECONDS = 8;

/**
 * Fits an exercise's rhythm to the person's chosen pace: the in-breath takes `pace` seconds and the
 * other phases keep their proportions, so a longer out-breath stays longer. When that would make any
 * phase longer than MAX_PHASE_SECONDS, the whole rhythm is scaled down together, so the longest
 * phase is MAX_PHASE_SECONDS and the out-breath still stays the longer one. Holds are only ever added
 * when the person turned them on; with holds off every hold is dropped.
 */
export function paceBreath(pattern: BreathPattern, pace: number, holds: boolean): BreathPattern {
  const gentleHold = Math.max(1, pace / 2);
  const raw = {
    inhale: pace,
    exhale: pattern.exhale * (pace / pattern.inhale),
    holdIn: holds ? (pattern.holdIn > 0 ? pattern.holdIn * (pace / pattern.inhale) : gentleHold) : 0,
    holdOut: holds ? (pattern.holdOut > 0 ? pattern.holdOut * (pace / pattern.inhale) : gentleHold) : 0,
  };
  const longest = Math.max(raw.inhale, raw.exhale, raw.holdIn, raw.holdOut);
  const fit = longest > MAX_PHASE_SECONDS ? MAX_PHASE_SECONDS / longest : 1;
  const phase = (n: number) => Math.min(MAX_PHASE_SECONDS, Math.max(1, half(n * fit)));
  return {
    inhale: phase(raw.inhale),
    exhale: phase(raw.exhale),
    holdIn: raw.holdIn > 0 ? phase(raw.holdIn) : 0,
    holdOut: raw.holdOut > 0 ? phase(raw.holdOut) : 0,
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
