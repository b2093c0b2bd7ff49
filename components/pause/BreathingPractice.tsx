import { useEffect, useState } from 'preact/hooks';

export interface BreathingPracticeProps {
  /** Seconds for each in-breath and out-breath. */
  pace: number;
  breaths: number;
  reducedMotion: boolean;
  onDone?: () => void;
}

type Phase = 'idle' | 'in' | 'out' | 'done';
const PHASE_TEXT: Record<Phase, string> = {
  idle: '',
  in: 'Breathe in, gently',
  out: 'And let it go, slowly',
  done: 'Done. Notice how you feel.',
};

/** Three slow breaths with a softly growing circle; starts only when the person asks, stops any time. */
export function BreathingPractice({ pace, breaths, reducedMotion, onDone }: BreathingPracticeProps) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [count, setCount] = useState(0);

  useEffect(() => {
    if (phase !== 'in' && phase !== 'out') return;
    const timer = setTimeout(() => {
      if (phase === 'in') return setPhase('out');
      if (count + 1 >= breaths) {
        setPhase('done');
        onDone?.();
      } else {
        setCount(count + 1);
        setPhase('in');
      }
    }, pace * 1000);
    return () => clearTimeout(timer);
  }, [phase, count]);

  const running = phase === 'in' || phase === 'out';
  return (
    <div class="practice">
      <div
        class={`orb ${reducedMotion ? 'still' : ''} ${phase}`}
        style={{ transitionDuration: `${pace}s` }}
        aria-hidden="true"
      />
      <p class="phase" role="status" aria-live="polite">
        {running ? `${PHASE_TEXT[phase]} (${count + 1} of ${breaths})` : PHASE_TEXT[phase]}
      </p>
      {running ? (
        <button type="button" onClick={() => setPhase('idle')}>Stop</button>
      ) : (
        <button type="button" onClick={() => { setCount(0); setPhase('in'); }}>
          {phase === 'done' ? 'Again' : `Three slow breaths`}
        </button>
      )}
    </div>
  );
}
