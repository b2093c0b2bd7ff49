import { useEffect, useMemo } from 'preact/hooks';
import type { Exercise } from '../../lib/exercises/types';
import { PHASE_TEXT } from '../../lib/players/breathing';
import { planExercise, type PlanSettings } from '../../lib/players/plan';
import type { VoicePrefs } from '../../lib/players/speech';
import { BreathVisual } from './BreathVisual';
import { PlayerControls } from './PlayerControls';
import { useCues } from './use-cues';
import { useRunner } from './use-runner';

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

const END_TEXT = 'That is the end of this practice. There is no hurry to move on.';

/** Plays one exercise step by step, with the breathing guide for the paced part of breathing exercises. */
export function ExercisePlayer({ exercise, settings, voice, chime, reducedMotion, autoStart, onStart, onEnd }: ExercisePlayerProps) {
  const plan = useMemo(() => planExercise(exercise, settings), [exercise, settings.breathPace, settings.breathHolds, settings.stepTimer]);
  const runner = useRunner(plan);
  const { status, index } = runner.state;
  const active = status === 'running' || status === 'paused';
  const segment = active ? plan[index] : undefined;
  const step = segment ? exercise.steps[segment.step] : undefined;
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
      return s.phase ? { text: PHASE_TEXT[s.phase], chime: stepStart || s.phase === 'in' } : { text: exercise.steps[s.step]!.text, chime: stepStart };
    },
    END_TEXT,
    voice,
    chime,
  );

  const byHand = segment ? segment.ms === null : !settings.stepTimer;
  const said = step?.text ?? (status === 'done' ? END_TEXT : status === 'stopped' ? 'Stopped. That is completely fine.' : '');
  // Both live regions stay mounted from the first render: a region that appears together with its
  // text is often not announced.
  return (
    <div class="pl-player pl-exercise">
      <p class="pl-progress muted">
        {segment && `Step ${segment.step + 1} of ${exercise.steps.length}${status === 'paused' ? ' · paused' : ''}`}
      </p>
      <p class="pl-step" role="status" aria-live="polite">{said}</p>
      {segment?.phase && (
        <BreathVisual phase={segment.phase} seconds={(segment.ms ?? 0) / 1000} paused={status === 'paused'} reducedMotion={reducedMotion} step={index} />
      )}
      <p class="pl-phase" role="status" aria-live="polite">
        {segment?.phase && `${PHASE_TEXT[segment.phase]} (${(segment.breath ?? 0) + 1} of ${breaths})`}
      </p>
      <PlayerControls
        status={status}
        startLabel={status === 'stopped' ? 'Start again' : 'Start'}
        skipLabel={byHand ? 'Next' : 'Skip'}
        onStart={runner.start}
        onPause={runner.pause}
        onResume={runner.resume}
        onSkip={runner.skip}
        onStop={runner.stop}
      />
    </div>
  );
}
