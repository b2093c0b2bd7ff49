import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../lib/pause/watch-navigation';

/** Just enough of a window: a location, events, and timers that delegate to the (fakeable) globals. */
class FakeWindow extends EventTarget {
  location = { href: 'https://example.com/' };
  navigation?: EventTarget;
  setInterval = vi.fn((fn: () => void, ms: number) => setInterval(fn, ms) as unknown as number);
  clearInterval = vi.fn((id: number) => clearInterval(id));
  constructor(withNavigation: boolean) {
    super();
    if (withNavigation) this.navigation = new EventTarget();
  }
  go(href: string) {
    this.location.href = href;
  }
}
const asWindow = (fake: FakeWindow) => fake as unknown as Window;

describe('watchNavigation without the Navigation API (polling fallback)', () => {
  let win: FakeWindow;
  beforeEach(() => {
    vi.useFakeTimers();
    win = new FakeWindow(false);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks the URL every 500 ms on the given window', () => {
    const stop = watchNavigation(asWindow(win), () => {});
    expect(win.setInterval).toHaveBeenCalledTimes(1);
    expect(win.setInterval.mock.calls[0]![1]).toBe(500);
    stop();
  });

  it('reports a new URL on the next check, not before', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.go('https://example.com/news');
    vi.advanceTimersByTime(499);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://example.com/news');
    stop();
  });

  it('stays quiet while the URL does not change', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    vi.advanceTimersByTime(10_000);
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it('reports each change once, and only the latest URL when several happen between checks', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.go('https://example.com/a');
    win.go('https://example.com/b');
    vi.advanceTimersByTime(500);
    vi.advanceTimersByTime(2_000);
    win.go('https://example.com/c');
    vi.advanceTimersByTime(500);
    expect(onChange.mock.calls).toEqual([['https://example.com/b'], ['https://example.com/c']]);
    stop();
  });

  it('does not report a return to the starting URL that happened between checks', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.go('https://example.com/away');
    win.go('https://example.com/');
    vi.advanceTimersByTime(500);
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it('reports going back to an earlier URL', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.go('https://example.com/news');
    vi.advanceTimersByTime(500);
    win.go('https://example.com/');
    vi.advanceTimersByTime(500);
    expect(onChange.mock.calls).toEqual([['https://example.com/news'], ['https://example.com/']]);
    stop();
  });

  it('stops checking once stopped', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    stop();
    expect(win.clearInterval).toHaveBeenCalledTimes(1);
    win.go('https://example.com/news');
    vi.advanceTimersByTime(5_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('watchNavigation with the Navigation API', () => {
  let win: FakeWindow;
  beforeEach(() => {
    win = new FakeWindow(true);
  });

  it('does not poll', () => {
    const stop = watchNavigation(asWindow(win), () => {});
    expect(win.setInterval).not.toHaveBeenCalled();
    stop();
    expect(win.clearInterval).not.toHaveBeenCalled();
  });

  it('reports the new URL when the current history entry changes', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.go('https://example.com/news');
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://example.com/news');
    stop();
  });

  it('reports back/forward through popstate', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.go('https://example.com/back');
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledWith('https://example.com/back');
    stop();
  });

  it('ignores events that leave the URL unchanged, and reports a URL once across both events', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).not.toHaveBeenCalled();
    win.go('https://example.com/news');
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('reports a hash-only change as a new URL', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    win.go('https://example.com/#section');
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledWith('https://example.com/#section');
    stop();
  });

  it('stops listening to both once stopped', () => {
    const onChange = vi.fn();
    const stop = watchNavigation(asWindow(win), onChange);
    stop();
    win.go('https://example.com/news');
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).not.toHaveBeenCalled();
  });
});
