/**
 * Per-browser-session pause state, kept in storage.session by the background (so it survives a
 * service-worker restart and is forgotten when the browser closes). Content scripts read it directly.
 */
export interface PauseSession {
  /** Site id -> when the person last continued past its pause. */
  continued: Record<string, number>;
  /** Site id -> when its pause was last shown (for "at most every N minutes"). */
  shownAt: Record<string, number>;
  /** Site id -> until when the person said "not now". */
  snoozedUntil: Record<string, number>;
  /** Site id -> when the gentle wait began, so a reload never restarts it. */
  waitStartedAt: Record<string, number>;
}

export const SESSION_KEY = 'pauseSession';

export function emptySession(): PauseSession {
  return { continued: {}, shownAt: {}, snoozedUntil: {}, waitStartedAt: {} };
}

export function readSession(value: unknown): PauseSession {
  const session = emptySession();
  if (typeof value !== 'object' || value === null) return session;
  for (const key of Object.keys(session) as (keyof PauseSession)[]) {
    const part = (value as Record<string, unknown>)[key];
    if (typeof part === 'object' && part !== null) {
      for (const [id, at] of Object.entries(part)) if (typeof at === 'number') session[key][id] = at;
    }
  }
  return session;
}

/** End of the local day: what "rest of the day" means for a snooze. */
export function endOfDay(now: Date): number {
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  return end.getTime();
}
