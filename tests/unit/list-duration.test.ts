import { describe, expect, it } from 'vitest';
import { checkNewList } from '../../lib/words/list-check';
import { DAY_MS, describeListTime, formatWhen, hasEnded, listTime, renewal, renewLabel, startDuration } from '../../lib/words/list-duration';

const GB = { locale: 'en-GB', timeZone: 'UTC' };
// Tue 1 Dec 2026, 14:00 UTC
const NOW = Date.UTC(2026, 11, 1, 14, 0);

describe('how long a word list lasts', () => {
  it('sets the end from now and remembers the length, or no end for Always', () => {
    expect(startDuration(7, NOW)).toEqual({ endsAt: NOW + 7 * DAY_MS, lastsDays: 7 });
    expect(startDuration(1, NOW)).toEqual({ endsAt: NOW + DAY_MS, lastsDays: 1 });
    expect(startDuration(30, NOW)).toEqual({ endsAt: NOW + 30 * DAY_MS, lastsDays: 30 });
    expect(startDuration(0, NOW)).toEqual({ endsAt: 0, lastsDays: 0 });
  });

  it('ends exactly at endsAt, the same moment the page side stops using it', () => {
    expect(hasEnded({ endsAt: 0 }, NOW)).toBe(false);
    expect(hasEnded({ endsAt: NOW + 1 }, NOW)).toBe(false);
    expect(hasEnded({ endsAt: NOW }, NOW)).toBe(true);
    expect(listTime({ endsAt: NOW - 1 }, NOW)).toEqual({ kind: 'ended', endsAt: NOW - 1 });
    expect(listTime({ endsAt: 0 }, NOW)).toEqual({ kind: 'always' });
  });

  it('renews for the same length, from now, and turns the list back on', () => {
    const later = NOW + 40 * DAY_MS;
    expect(renewal({ lastsDays: 30 }, later)).toEqual({ endsAt: later + 30 * DAY_MS, lastsDays: 30, enabled: true });
    expect(renewLabel({ lastsDays: 7 })).toBe('Renew for 7 days');
    expect(renewLabel({ lastsDays: 1 })).toBe('Renew for 24 hours');
    expect(renewLabel({ lastsDays: 30 })).toBe('Renew for 30 days');
    // A hand-made list with an end but no length: a week, the middle choice.
    expect(renewal({ lastsDays: 0 }, NOW)).toEqual({ endsAt: NOW + 7 * DAY_MS, lastsDays: 7, enabled: true });
    expect(renewLabel({ lastsDays: 0 })).toBe('Renew for 7 days');
  });

  it('says plainly when a list ends, or that it has, in the person’s locale', () => {
    expect(describeListTime({ endsAt: NOW + 7 * DAY_MS, action: 'veil' }, NOW, GB)).toBe('On until Tue 8 Dec, 14:00');
    expect(describeListTime({ endsAt: NOW - DAY_MS, action: 'veil' }, NOW, GB)).toBe('Ended on Mon 30 Nov, 14:00. Nothing is veiled.');
    expect(describeListTime({ endsAt: NOW - DAY_MS, action: 'hide' }, NOW, GB)).toBe('Ended on Mon 30 Nov, 14:00. Nothing is hidden.');
    expect(describeListTime({ endsAt: NOW - DAY_MS, action: 'pause' }, NOW, GB)).toBe('Ended on Mon 30 Nov, 14:00. No pause is offered for it.');
    expect(describeListTime({ endsAt: 0, action: 'veil' }, NOW, GB)).toBe('On until you turn it off');
    expect(formatWhen(NOW + 7 * DAY_MS, NOW, { locale: 'de-DE', timeZone: 'UTC' })).toBe('Di., 8. Dez., 14:00');
    // Another year is named, so an old end is not mistaken for this year's.
    expect(formatWhen(NOW + 30 * DAY_MS, NOW, GB)).toBe('Thu 31 Dec, 14:00');
    expect(formatWhen(NOW + 31 * DAY_MS, NOW, GB)).toBe('Fri, 1 Jan 2027, 14:00');
  });
});

describe('checking a new list', () => {
  it('explains limits in the person’s terms without repeating any word', () => {
    expect(checkNewList(['funeral'], { triggers: [] })).toBe('');
    expect(checkNewList([], { triggers: [] })).toBe('Please add at least one word or phrase.');
    const long = 'x'.repeat(101);
    const message = checkNewList(['ok', long], { triggers: [] });
    expect(message).toContain('One word or phrase is longer than 100 characters');
    expect(message).toContain('Nothing was saved.');
    expect(message).not.toContain(long);
    expect(checkNewList(Array.from({ length: 2001 }, (_, i) => `w${i}`), { triggers: [] })).toContain('up to 2,000 words');
    expect(checkNewList(['a'], { triggers: Array.from({ length: 200 }) as never[] })).toContain('up to 200 word lists');
  });
});
