import { describe, expect, it } from 'vitest';
import { inQuietHours } from '../../lib/pause/quiet-hours';
import type { Prefs } from '../../lib/prefs/schema';

type Quiet = Prefs['quietHours'];
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const quiet = (from: string, to: string, days: number[] = ALL_DAYS, enabled = true): Quiet => ({ enabled, from, to, days });

// November 2026, local time: Sun 22, Mon 23, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29.
const at = (day: number, hours: number, minutes = 0, seconds = 0) => new Date(2026, 10, day, hours, minutes, seconds);

describe('inQuietHours', () => {
  it('checks the calendar the tests rely on', () => {
    expect(at(22, 12).getDay()).toBe(0);
    expect(at(23, 12).getDay()).toBe(1);
    expect(at(27, 12).getDay()).toBe(5);
    expect(at(28, 12).getDay()).toBe(6);
  });

  describe('disabled', () => {
    it.each([
      quiet('22:00', '07:00', ALL_DAYS, false),
      quiet('00:00', '00:00', ALL_DAYS, false),
      quiet('09:00', '17:00', ALL_DAYS, false),
    ])('is never quiet when turned off (%j)', (q) => {
      for (const hour of [0, 3, 8, 12, 22, 23]) expect(inQuietHours(q, at(23, hour, 30))).toBe(false);
    });
  });

  describe('a window within one day (09:00-17:00, weekdays)', () => {
    const workday = quiet('09:00', '17:00', [1, 2, 3, 4, 5]);
    it.each([
      [at(23, 8, 59, 59), false],
      [at(23, 9, 0), true],
      [at(23, 12, 30), true],
      [at(23, 16, 59, 59), true],
      [at(23, 17, 0), false],
      [at(23, 23, 0), false],
      [at(23, 0, 0), false],
      [at(27, 10, 0), true],
      [at(28, 10, 0), false],
      [at(22, 10, 0), false],
    ])('%s -> %s', (now, expected) => {
      expect(inQuietHours(workday, now)).toBe(expected);
    });
  });

  describe('a window over midnight (22:00-07:00, Fridays only)', () => {
    const fridayNights = quiet('22:00', '07:00', [5]);
    it.each([
      ['Fri 21:59', at(27, 21, 59), false],
      ['Fri 22:00', at(27, 22, 0), true],
      ['Fri 23:30', at(27, 23, 30), true],
      ['Sat 00:00 (Friday night)', at(28, 0, 0), true],
      ['Sat 02:00 (Friday night)', at(28, 2, 0), true],
      ['Sat 06:59 (Friday night)', at(28, 6, 59, 59), true],
      ['Sat 07:00', at(28, 7, 0), false],
      ['Sat 12:00', at(28, 12, 0), false],
      ['Sat 22:00 (Saturday not chosen)', at(28, 22, 0), false],
      ['Fri 02:00 (Thursday night, not chosen)', at(27, 2, 0), false],
      ['Fri 12:00', at(27, 12, 0), false],
    ])('%s -> %s', (_label, now, expected) => {
      expect(inQuietHours(fridayNights, now)).toBe(expected);
    });

    it('wraps the week: Sunday early morning belongs to Saturday night', () => {
      expect(inQuietHours(quiet('22:00', '07:00', [6]), at(29, 3, 0))).toBe(true);
      expect(inQuietHours(quiet('22:00', '07:00', [0]), at(29, 3, 0))).toBe(false);
      expect(inQuietHours(quiet('22:00', '07:00', [0]), at(29, 22, 30))).toBe(true);
      expect(inQuietHours(quiet('22:00', '07:00', [0]), at(23, 3, 0))).toBe(true);
    });

    it('treats every night the same when all days are chosen', () => {
      const nightly = quiet('22:00', '07:00');
      for (let day = 22; day <= 28; day++) {
        expect(inQuietHours(nightly, at(day, 23, 0))).toBe(true);
        expect(inQuietHours(nightly, at(day, 3, 0))).toBe(true);
        expect(inQuietHours(nightly, at(day, 12, 0))).toBe(false);
      }
    });

    it('handles a window that ends exactly at midnight', () => {
      const late = quiet('23:00', '00:00', [1]);
      expect(inQuietHours(late, at(23, 23, 0))).toBe(true);
      expect(inQuietHours(late, at(23, 23, 59))).toBe(true);
      expect(inQuietHours(late, at(24, 0, 0))).toBe(false);
      expect(inQuietHours(late, at(23, 22, 59))).toBe(false);
    });

    it('handles a window that starts exactly at midnight', () => {
      const early = quiet('00:00', '06:00', [1]);
      expect(inQuietHours(early, at(23, 0, 0))).toBe(true);
      expect(inQuietHours(early, at(23, 5, 59))).toBe(true);
      expect(inQuietHours(early, at(23, 6, 0))).toBe(false);
      expect(inQuietHours(early, at(24, 0, 0))).toBe(false);
    });
  });

  describe('from === to (all day on the chosen days)', () => {
    it.each([
      [quiet('00:00', '00:00', [1]), at(23, 0, 0), true],
      [quiet('00:00', '00:00', [1]), at(23, 23, 59), true],
      [quiet('00:00', '00:00', [1]), at(24, 0, 0), false],
      [quiet('12:00', '12:00', [1]), at(23, 3, 0), true],
      [quiet('12:00', '12:00', [1]), at(22, 13, 0), false],
      [quiet('12:00', '12:00', []), at(23, 13, 0), false],
    ])('%j at %s -> %s', (q, now, expected) => {
      expect(inQuietHours(q, now)).toBe(expected);
    });
  });

  it('is never quiet when no day is chosen', () => {
    for (const q of [quiet('09:00', '17:00', []), quiet('22:00', '07:00', [])]) {
      for (const hour of [0, 3, 10, 23]) expect(inQuietHours(q, at(23, hour))).toBe(false);
    }
  });
});
