import { describe, expect, it } from 'vitest';
import { defaultPrefs, TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import type { Prefs } from '../../lib/prefs/schema';
import { DAY_MS } from '../../lib/words/list-duration';
import { reviewState } from '../../lib/words/list-review';

const NOW = Date.UTC(2026, 11, 1, 9, 0);

function prefs(listReview: Prefs['listReview'], lists = 1): Prefs {
  const list = (i: number) => ({ ...TRIGGER_DEFAULTS, id: `l${i}`, label: '', words: ['w'], action: 'veil' as const, everySite: false, hosts: ['a.test'], enabled: true });
  return { ...defaultPrefs(), listReview, triggers: Array.from({ length: lists }, (_, i) => list(i)) };
}

describe('the monthly look over word lists', () => {
  it('says nothing when there are no lists, or when the person turned it off', () => {
    expect(reviewState(prefs({ enabled: true, lastAt: NOW - 90 * DAY_MS }, 0), NOW)).toBe('none');
    expect(reviewState(prefs({ enabled: false, lastAt: NOW - 90 * DAY_MS }), NOW)).toBe('none');
    expect(reviewState(prefs({ enabled: false, lastAt: 0 }), NOW)).toBe('none');
  });

  it('starts the clock quietly instead of offering at once', () => {
    expect(reviewState(prefs({ enabled: true, lastAt: 0 }), NOW)).toBe('start');
    expect(reviewState(prefs({ enabled: true, lastAt: 0 }, 0), NOW)).toBe('none');
  });

  it('offers after 30 days, not after 29', () => {
    expect(reviewState(prefs({ enabled: true, lastAt: NOW - 29 * DAY_MS }), NOW)).toBe('none');
    expect(reviewState(prefs({ enabled: true, lastAt: NOW - 30 * DAY_MS + 1 }), NOW)).toBe('none');
    expect(reviewState(prefs({ enabled: true, lastAt: NOW - 30 * DAY_MS }), NOW)).toBe('offer');
    expect(reviewState(prefs({ enabled: true, lastAt: NOW - 31 * DAY_MS }), NOW)).toBe('offer');
  });

  it('waits a fresh month once renewed (looked over or set aside)', () => {
    const renewed = prefs({ enabled: true, lastAt: NOW });
    expect(reviewState(renewed, NOW)).toBe('none');
    expect(reviewState(renewed, NOW + 29 * DAY_MS)).toBe('none');
    expect(reviewState(renewed, NOW + 30 * DAY_MS)).toBe('offer');
  });

  it('restarts the month when the clock has moved back past lastAt', () => {
    expect(reviewState(prefs({ enabled: true, lastAt: NOW + 5 * DAY_MS }), NOW)).toBe('start');
  });
});
