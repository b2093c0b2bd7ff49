import { BreathingPlayer } from '../players/BreathingPlayer';

export interface BreathingPracticeProps {
  /** Seconds for each in-breath and out-breath. */
  pace: number;
  breaths: number;
  reducedMotion: boolean;
  onDone?: () => void;
}

/**
 * The pause card's practice: a few even breaths with the same player the popup uses. Even in and out,
 * no holds, because this is offered to anyone who meets a pause, before any settings are explored.
 */
export function BreathingPractice({ pace, breaths, reducedMotion, onDone }: BreathingPracticeProps) {
  return (
    <BreathingPlayer
      pattern={{ inhale: pace, holdIn: 0, exhale: pace, holdOut: 0 }}
      breaths={breaths}
      reducedMotion={reducedMotion}
      startLabel={breaths === 3 ? 'Three slow breaths' : `${breaths} slow breaths`}
      onDone={onDone}
    />
  );
}
