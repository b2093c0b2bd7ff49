import { describe, expect, it } from 'vitest';
import { alreadyReading, firstRun, READING_AFTER_MS } from '../../lib/content/page-start';

describe('firstRun', () => {
  it('lets a page script start once per document world, each name on its own', () => {
    const world = {};
    expect([firstRun('pause', world), firstRun('pause', world), firstRun('words', world), firstRun('words', world)]).toEqual([true, false, true, false]);
    expect(firstRun('pause', {})).toBe(true);
  });
});

describe('alreadyReading', () => {
  /** A page in the given state, `now` ms after it started, having loaded at `loadedAt`. */
  const page = (readyState: DocumentReadyState, now: number, loadedAt: number) => ({
    document: { readyState } as Document,
    performance: {
      now: () => now,
      getEntriesByType: () => [{ loadEventEnd: loadedAt, domContentLoadedEventEnd: loadedAt } as PerformanceNavigationTiming],
    } as unknown as Performance,
  });

  it('is never true while the page is loading, however long it has taken', () => {
    expect(alreadyReading(page('loading', 60_000, 0))).toBe(false);
  });

  it('is false for a page that has just loaded (a tab the browser restores as it starts)', () => {
    expect(alreadyReading(page('complete', 2_500, 2_000))).toBe(false);
    expect(alreadyReading(page('complete', 2_000 + READING_AFTER_MS, 2_000))).toBe(false);
  });

  it('is true for a page loaded a while ago (a tab open when Steady was updated)', () => {
    expect(alreadyReading(page('complete', 2_001 + READING_AFTER_MS, 2_000))).toBe(true);
    expect(alreadyReading(page('interactive', 60_000, 0))).toBe(true);
  });
});
