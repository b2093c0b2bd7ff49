import { MAX_PHASE_SECONDS } from '../../lib/players/breathing';
import { BreathingPlayer } from '../players/BreathingPlayer';
import { t } from '../../lib/i18n';

export interface BreathingPracticeProps {
  /** Seconds for each in-breath and out-breath. */
  pace: number;
  breaths: number;
  reducedMotion: boolean;
  autoStart?: boolean;
  onDone?: () => void;
  onEnd?: (outcome: 'done' | 'stopped') => void;
}

/**
 * The pause card's practice: a few even breaths with the same player the popup uses. Even in and out,
 * no holds, because this is offered to anyone who meets a pause, before any settings are explored.
 */
export function BreathingPractice({ pace, breaths, reducedMotion, autoStart, onDone, onEnd }: BreathingPracticeProps) {
  // Even breaths, each no longer than the players' cap, whatever pace the settings hold.
  const even = Math.min(pace, MAX_PHASE_SECONDS);
  return (
    <BreathingPlayer
      pattern={{ inhale: even, holdIn: 0, exhale: even, holdOut: 0 }}
      breaths={breaths}
      reducedMotion={reducedMotion}
      startLabel={breaths === 3 ? t('practices.threeBreaths') : t('practices.breaths', { count: breaths })}
      autoStart={autoStart}
      onDone={onDone}
      onEnd={onEnd}
    />
  );
}
