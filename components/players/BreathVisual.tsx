import type { BreathPhase } from '../../lib/players/breathing';
import { t } from '../../lib/i18n';

export interface BreathVisualProps {
  /** null before the first breath and after the last. */
  phase: BreathPhase | null;
  /** Length of this phase, which is how long the circle takes to grow or shrink. */
  seconds: number;
  paused: boolean;
  reducedMotion: boolean;
  /** Changes with every phase so the animation restarts even when two phases in a row look alike. */
  step: number;
}

const SIZE: Record<BreathPhase, 'grow' | 'full' | 'shrink' | 'small'> = { in: 'grow', holdIn: 'full', out: 'shrink', holdOut: 'small' };

/**
 * The paced-breathing guide: a circle that slowly grows with the in-breath and settles with the
 * out-breath. With reduced motion nothing moves: the circle stays still and the word for the current
 * phase is marked instead.
 */
export function BreathVisual({ phase, seconds, paused, reducedMotion, step }: BreathVisualProps) {
  if (reducedMotion) {
    const now = phase === 'in' || phase === 'holdIn' ? 'in' : phase ? 'out' : null;
    return (
      <div class="pl-still" aria-hidden="true">
        <span class={`pl-still-word ${now === 'in' ? 'pl-now' : ''}`}>{t('player.in')}</span>
        <span class={`pl-still-word ${now === 'out' ? 'pl-now' : ''}`}>{t('player.out')}</span>
      </div>
    );
  }
  return (
    <div class="pl-orb-frame" aria-hidden="true">
      <div
        key={step}
        class={`pl-orb pl-${phase ? SIZE[phase] : 'small'} ${paused ? 'pl-paused' : ''}`}
        style={{ animationDuration: `${seconds}s` }}
      />
    </div>
  );
}
