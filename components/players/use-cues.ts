import { useEffect, useRef } from 'preact/hooks';
import { createChime, type Chime } from '../../lib/players/chime';
import type { RunnerState } from '../../lib/players/runner';
import { hush, speak, type VoicePrefs } from '../../lib/players/speech';

export interface Cue {
  /** What to say as this segment begins. */
  text: string;
  /** A soft chime marks a new step and each in-breath; other changes stay quiet. */
  chime: boolean;
}

/**
 * Optional spoken guidance and chime, both off unless the person turned them on. They follow the
 * runner: a new segment speaks, Pause and Stop fall silent at once.
 */
export function useCues(state: RunnerState, cueAt: (index: number) => Cue, end: string, voice: VoicePrefs, chimeOn: boolean): void {
  const chime = useRef<Chime | null>(null);
  const last = useRef<string>('');
  useEffect(() => () => {
    hush();
    chime.current?.close();
  }, []);
  useEffect(() => {
    const key = `${state.status}:${state.index}`;
    if (key === last.current) return;
    const resumed = last.current === `paused:${state.index}`;
    last.current = key;
    if (state.status === 'paused' || state.status === 'stopped') return hush();
    if (state.status === 'idle' || resumed) return;
    const cue = state.status === 'done' ? { text: end, chime: true } : cueAt(state.index);
    if (chimeOn && cue.chime) (chime.current ??= createChime()).play();
    speak(cue.text, voice);
  }, [state.status, state.index]);
}
