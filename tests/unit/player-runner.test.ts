import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunner, type RunnerState, type Segment } from '../../lib/players/runner';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(segments: Segment[]) {
  const seen: RunnerState[] = [];
  const runner = createRunner(segments, (s) => seen.push(s));
  return { runner, seen };
}

describe('player runner', () => {
  it('does nothing until started, then moves through timed segments on time', () => {
    const { runner, seen } = setup([{ group: 0, ms: 4000 }, { group: 0, ms: 6000 }, { group: 1, ms: 4000 }]);
    vi.advanceTimersByTime(60_000);
    expect(seen).toEqual([]);
    expect(runner.state).toEqual({ status: 'idle', index: 0 });

    runner.start();
    expect(runner.state).toEqual({ status: 'running', index: 0 });
    vi.advanceTimersByTime(3999);
    expect(runner.state.index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runner.state.index).toBe(1);
    vi.advanceTimersByTime(6000);
    expect(runner.state.index).toBe(2);
    vi.advanceTimersByTime(4000);
    expect(runner.state).toEqual({ status: 'done', index: 2 });
    expect(seen.map((s) => `${s.status}:${s.index}`)).toEqual(['running:0', 'running:1', 'running:2', 'done:2']);
  });

  it('pauses mid-segment and resumes with only the time that was left', () => {
    const { runner } = setup([{ group: 0, ms: 4000 }, { group: 1, ms: 4000 }]);
    runner.start();
    vi.advanceTimersByTime(3000);
    runner.pause();
    expect(runner.state.status).toBe('paused');
    vi.advanceTimersByTime(60_000);
    expect(runner.state).toEqual({ status: 'paused', index: 0 });
    runner.resume();
    vi.advanceTimersByTime(999);
    expect(runner.state.index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runner.state).toEqual({ status: 'running', index: 1 });
  });

  it('pausing twice in one segment keeps counting down from where it was', () => {
    const { runner } = setup([{ group: 0, ms: 10_000 }, { group: 1, ms: 1000 }]);
    runner.start();
    vi.advanceTimersByTime(4000);
    runner.pause();
    runner.resume();
    vi.advanceTimersByTime(4000);
    runner.pause();
    vi.advanceTimersByTime(30_000);
    runner.resume();
    vi.advanceTimersByTime(1999);
    expect(runner.state.index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runner.state.index).toBe(1);
  });

  it('skips a whole step (group), not just one breath phase', () => {
    const { runner } = setup([{ group: 0, ms: 4000 }, { group: 1, ms: 4000 }, { group: 1, ms: 6000 }, { group: 2, ms: null }]);
    runner.start();
    runner.skip();
    expect(runner.state.index).toBe(1);
    runner.skip();
    expect(runner.state.index).toBe(3);
    runner.skip();
    expect(runner.state.status).toBe('done');
  });

  it('skipping restarts the clock for the new segment and works while paused', () => {
    const { runner } = setup([{ group: 0, ms: 4000 }, { group: 1, ms: 4000 }, { group: 2, ms: 4000 }]);
    runner.start();
    vi.advanceTimersByTime(3500);
    runner.skip();
    vi.advanceTimersByTime(3999);
    expect(runner.state.index).toBe(1);
    runner.pause();
    runner.skip();
    expect(runner.state).toEqual({ status: 'running', index: 2 });
    vi.advanceTimersByTime(4000);
    expect(runner.state.status).toBe('done');
  });

  it('waits for the person on a segment without a time', () => {
    const { runner } = setup([{ group: 0, ms: null }, { group: 1, ms: null }]);
    runner.start();
    vi.advanceTimersByTime(10 * 60_000);
    expect(runner.state).toEqual({ status: 'running', index: 0 });
    runner.skip();
    expect(runner.state.index).toBe(1);
  });

  it('stops at once and never moves again', () => {
    const { runner, seen } = setup([{ group: 0, ms: 4000 }, { group: 1, ms: 4000 }]);
    runner.start();
    vi.advanceTimersByTime(2000);
    runner.stop();
    expect(runner.state).toEqual({ status: 'stopped', index: 0 });
    vi.advanceTimersByTime(60_000);
    expect(seen.at(-1)).toEqual({ status: 'stopped', index: 0 });
    runner.resume();
    runner.skip();
    expect(runner.state.status).toBe('stopped');
  });

  it('starts again from the top after stopping or finishing', () => {
    const { runner } = setup([{ group: 0, ms: 1000 }, { group: 1, ms: 1000 }]);
    runner.start();
    vi.advanceTimersByTime(2000);
    expect(runner.state.status).toBe('done');
    runner.start();
    expect(runner.state).toEqual({ status: 'running', index: 0 });
    vi.advanceTimersByTime(1000);
    expect(runner.state.index).toBe(1);
  });

  it('leaves no timer behind when disposed', () => {
    const { runner, seen } = setup([{ group: 0, ms: 1000 }, { group: 1, ms: 1000 }]);
    runner.start();
    runner.dispose();
    const count = seen.length;
    vi.advanceTimersByTime(10_000);
    expect(seen.length).toBe(count);
    expect(vi.getTimerCount()).toBe(0);
  });
});
