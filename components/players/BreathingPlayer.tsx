import { useEffect, useMemo } from 'preact/hooks';
import type { BreathPattern } from '../../lib/exercises/types';
import { breathTimeline, phaseText } from '../../lib/players/breathing';
import { BreathVisual } from './BreathVisual';
import { PlayerControls } from './PlayerControls';
import { useRunner } from './use-runner';
import { t } from '../../lib/i18n';

export interface BreathingPlayerProps {
  pattern: BreathPattern;
  breaths: number;
  reducedMotion: boolean;
  /** Name of the start button, e.g. "Three slow breaths". */
  startLabel: string;
  /** Start at once: only when the person's own click brought the player here. */
  autoStart?: boolean;
  onDone?: () => void;
  /** Called once the breaths are over or the person stopped them. */
  onEnd?: (outcome: 'done' | 'stopped') => void;
}

/**
 * A few paced breaths on their own (the pause card's practice). Nothing moves until the person presses
 * Start; Skip moves on to the next breath.
 */
export function BreathingPlayer({ pattern, breaths, reducedMotion, startLabel, autoStart, onDone, onEnd }: BreathingPlayerProps) {
  const timeline = useMemo(() => breathTimeline(pattern, breaths), [pattern.inhale, pattern.holdIn, pattern.exhale, pattern.holdOut, breaths]);
  const segments = useMemo(() => timeline.map((b) => ({ group: b.breath, ms: b.ms })), [timeline]);
  const runner = useRunner(segments);
  const { status, index } = runner.state;
  const active = status === 'running' || status === 'paused';
  const current = active ? timeline[index] : undefined;
  useEffect(() => {
    if (autoStart) runner.start();
  }, []);
  useEffect(() => {
    if (status === 'done') onDone?.();
    if (status === 'done' || status === 'stopped') onEnd?.(status);
  }, [status]);

  const announcement =
    status === 'done'
      ? t('player.breathingDone')
      : status === 'stopped'
        ? t('player.breathingStopped')
        : current
          ? t(status === 'paused' ? 'player.breathPaused' : 'player.breath', { phase: phaseText(current.phase), breath: current.breath + 1, breaths })
          : '';

  return (
    <div class="pl-player pl-breathing">
      <BreathVisual
        phase={current?.phase ?? null}
        seconds={(current?.ms ?? 0) / 1000}
        paused={status === 'paused'}
        reducedMotion={reducedMotion}
        step={active ? index : -1}
      />
      <p class="pl-phase" role="status" aria-live="polite">{announcement}</p>
      <PlayerControls
        status={status}
        startLabel={startLabel}
        onStart={runner.start}
        onPause={runner.pause}
        onResume={runner.resume}
        onSkip={runner.skip}
        onStop={runner.stop}
      />
    </div>
  );
}

