/**
 * The clock behind every player: a list of segments played in order, each either timed or waiting for
 * the person. Kept free of the DOM so the timing can be tested with fake timers, and shared by the
 * popup and the pause card so both behave the same way.
 */

export interface Segment {
  /** Segments with the same group form one step: Skip moves to the next group, not the next segment. */
  group: number;
  /** null waits for the person (Skip moves on); a number moves on by itself after that many ms. */
  ms: number | null;
}

export type RunnerStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped';

export interface RunnerState {
  status: RunnerStatus;
  /** Index of the current segment (0 while idle). */
  index: number;
}

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
}

export interface Runner {
  readonly state: RunnerState;
  start: () => void;
  pause: () => void;
  resume: () => void;
  skip: () => void;
  stop: () => void;
  /** Stops timers without reporting a change: for unmounting. */
  dispose: () => void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export function createRunner(segments: readonly Segment[], onChange: (state: RunnerState) => void, timers: Timers = realTimers): Runner {
  let state: RunnerState = { status: 'idle', index: 0 };
  let handle: unknown;
  // While paused this holds what was left of the current segment, so Resume never restarts it from the top.
  let remaining: number | null = null;
  let startedAt = 0;

  const clear = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
  };
  const set = (next: RunnerState) => {
    state = next;
    onChange(state);
  };
  const arm = (ms: number | null) => {
    clear();
    remaining = ms;
    if (ms === null) return;
    startedAt = timers.now();
    handle = timers.setTimeout(() => {
      handle = undefined;
      enter(state.index + 1);
    }, ms);
  };
  const enter = (index: number) => {
    const segment = segments[index];
    if (!segment) {
      clear();
      set({ status: 'done', index: Math.max(0, segments.length - 1) });
      return;
    }
    set({ status: 'running', index });
    // The listener may have stopped us while handling the change.
    if (state.status === 'running' && state.index === index) arm(segment.ms);
  };

  return {
    get state() {
      return state;
    },
    start() {
      enter(0);
    },
    pause() {
      if (state.status !== 'running') return;
      if (remaining !== null) remaining = Math.max(0, remaining - (timers.now() - startedAt));
      clear();
      set({ ...state, status: 'paused' });
    },
    resume() {
      if (state.status !== 'paused') return;
      const left = remaining;
      set({ ...state, status: 'running' });
      arm(left);
    },
    skip() {
      if (state.status !== 'running' && state.status !== 'paused') return;
      const group = segments[state.index]?.group;
      let next = state.index + 1;
      while (next < segments.length && segments[next]?.group === group) next++;
      enter(next);
    },
    stop() {
      if (state.status === 'idle' || state.status === 'done' || state.status === 'stopped') return;
      clear();
      set({ ...state, status: 'stopped' });
    },
    dispose() {
      clear();
    },
  };
}
