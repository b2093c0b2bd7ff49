/**
 * Pause state as the decision needs it. The background keeps continues, shows and waits in
 * storage.session (they survive a service-worker restart and are forgotten when the browser
 * closes) and snoozes in storage.local (the person chose a length of time, or the rest of their
 * day, not "this session"). Page scripts read both directly.
 */
export interface PauseSession {
  /** Site id -> when the person last continued past its pause. */
  continued: Record<string, number>;
  /** Site id -> when its pause was last shown (for "at most every N minutes"). */
  shownAt: Record<string, number>;
  /** Site id -> until when the person said "not now" (kept in storage.local under SNOOZES_KEY). */
  snoozedUntil: Record<string, number>;
  /** Site id -> when the gentle wait began, so a reload never restarts it. */
  waitStartedAt: Record<string, number>;
}

export const SESSION_KEY = 'pauseSession';
export const SNOOZES_KEY = 'pauseSnoozes';

export function emptySession(): PauseSession {
  return { continued: {}, shownAt: {}, snoozedUntil: {}, waitStartedAt: {} };
}

export function readSession(value: unknown): PauseSession {
  const part = (key: keyof PauseSession) => readSnoozes(typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);
  return { continued: part('continued'), shownAt: part('shownAt'), snoozedUntil: part('snoozedUntil'), waitStartedAt: part('waitStartedAt') };
}

/** Key -> time (a snooze's end, or any of the session's maps), keeping only numbers. */
export function readSnoozes(value: unknown): Record<string, number> {
  const times: Record<string, number> = {};
  if (typeof value !== 'object' || value === null) return times;
  for (const [id, at] of Object.entries(value)) if (typeof at === 'number') times[id] = at;
  return times;
}

/** End of the local day: what "rest of the day" means for a snooze. */
export function endOfDay(now: Date): number {
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  return end.getTime();
}
