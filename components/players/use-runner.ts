import { useEffect, useRef, useState } from 'preact/hooks';
import { createRunner, type Runner, type RunnerState, type Segment } from '../../lib/players/runner';

export interface RunnerControls {
  state: RunnerState;
  start: () => void;
  pause: () => void;
  resume: () => void;
  skip: () => void;
  stop: () => void;
}

/**
 * A runner for a component. The segments are read when the person presses Start, so a change of pace
 * made meanwhile applies to the next run rather than jolting the one in progress.
 */
export function useRunner(segments: readonly Segment[]): RunnerControls {
  const [state, setState] = useState<RunnerState>({ status: 'idle', index: 0 });
  const runner = useRef<Runner | null>(null);
  const latest = useRef(segments);
  latest.current = segments;
  useEffect(() => () => runner.current?.dispose(), []);
  return {
    state,
    start() {
      runner.current?.dispose();
      runner.current = createRunner(latest.current, setState);
      runner.current.start();
    },
    pause: () => runner.current?.pause(),
    resume: () => runner.current?.resume(),
    skip: () => runner.current?.skip(),
    stop: () => runner.current?.stop(),
  };
}
