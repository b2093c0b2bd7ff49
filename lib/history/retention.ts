import type { CheckIn } from './checkins';

const DAY_MS = 86_400_000;

/** How many of `checkIns` a retention of `days` would erase now (0 = keep until erased: none). */
export function wouldErase(checkIns: readonly Pick<CheckIn, 'at'>[], days: number, now: number): number {
  if (days <= 0) return 0;
  const cutoff = now - days * DAY_MS;
  return checkIns.filter((c) => c.at < cutoff).length;
}
