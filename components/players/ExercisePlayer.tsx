import { useEffect, useMemo } from 'preact/hooks';
import type { Exercise } from '../../lib/exercises/types';
import { phaseText } from '../../lib/players/breathing';
import { planExercise, type PlanSettings } from '../../lib/players/plan';
import type { VoicePrefs } from '../../lib/players/speech';
import { BreathVisual } from './BreathVisual';
import { PlayerControls } from './PlayerControls';
import { useCues } from './use-cues';
import { useRunner } from './use-runner';
import { exerciseText, t } from '../../lib/i18n';

export type PlayerOutcome = 'done' | 'stopped';

export interface ExercisePlayerProps {
  exercise: Exercise;
  settings: PlanSettings;
  voice: VoicePrefs;
  chime: boolean;
  reducedMotion: boolean;
  /** Start at once: only when the person's own click brought them here ("I need a moment"). */
  autoStart?: boolean;
  onStart?: () => void;
  onEnd?: (outcome: PlayerOutcome) => void;
}


/** Plays one exercise step by step, with the breathing guide for the paced part of breathing exercises. */
export function ExercisePlayer({ exercise, settings, voice, chime, reducedMotion, autoStart, onStart, onEnd }: ExercisePlayerProps) {
  const plan = useMemo(() => planExercise(exercise, settings), [exercise, settings.breathPace, settings.breathHolds, settings.stepTimer]);
  const runner = useRunner(plan);
  const { status, index } = runner.state;
  const active = status === 'running' || status === 'paused';
  const segment = active ? plan[index] : undefined;
  const words = exerciseText(exercise).steps;
  const step = segment ? words[segment.step] : undefined;
  const breaths = segment?.phase ? plan.filter((s) => s.step === segment.step && s.phase === 'in').length : 0;

  useEffect(() => {
    if (autoStart) runner.start();
  }, []);
  useEffect(() => {
    if (status === 'running') onStart?.();
    if (status === 'done' || status === 'stopped') onEnd?.(status);
  }, [status]);
  useCues(
    runner.state,
    (i) => {
      const s = plan[i]!;
      const stepStart = i === 0 || plan[i - 1]?.step !== s.step;
      return s.phase ? { text: phaseText(s.phase), chime: stepStart || s.phase === 'in' } : { text: words[s.step]!, chime: stepStart };
    },
    t('player.end'),
    voice,
    chime,
  );

  const byHand = segment ? segment.ms === null : !settings.stepTimer;
  const said = step ?? (status === 'done' ? t('player.end') : status === 'stopped' ? t('player.stopped') : '');
  // Both live regions stay mounted from the first render: a region that appears together with its
  // text is often not announced.
  return (
    <div class="pl-player pl-exercise">
      <p class="pl-progress muted">
        {segment && t(status === 'paused' ? 'player.stepPaused' : 'player.step', { step: segment.step + 1, steps: exercise.steps.length })}
      </p>
      <p class="pl-step" role="status" aria-live="polite">{said}</p>
      {segment?.phase && (
        <BreathVisual phase={segment.phase} seconds={(segment.ms ?? 0) / 1000} paused={status === 'paused'} reducedMotion={reducedMotion} step={index} />
      )}
      <p class="pl-phase" role="status" aria-live="polite">
        {segment?.phase && t('player.breath', { phase: phaseText(segment.phase), breath: (segment.breath ?? 0) + 1, breaths })}
      </p>
      <PlayerControls
        status={status}
        startLabel={t(status === 'stopped' ? 'player.startAgain' : 'player.start')}
        skipLabel={t(byHand ? 'player.next' : 'player.skip')}
        onStart={runner.start}
        onPause={runner.pause}
        onResume={runner.resume}
        onSkip={runner.skip}
        onStop={runner.stop}
      />
    </div>
  );
}
