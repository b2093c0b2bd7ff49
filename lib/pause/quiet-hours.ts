import type { Prefs } from '../prefs/schema';

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Quiet hours may run past midnight (22:00–07:00); the day is the day the quiet period began. */
export function inQuietHours(quiet: Prefs['quietHours'], now: Date): boolean {
  if (!quiet.enabled) return false;
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  const at = now.getHours() * 60 + now.getMinutes();
  const day = now.getDay();
  if (from === to) return quiet.days.includes(day);
  if (from < to) return at >= from && at < to && quiet.days.includes(day);
  if (at >= from) return quiet.days.includes(day);
  if (at < to) return quiet.days.includes((day + 6) % 7);
  return false;
}
