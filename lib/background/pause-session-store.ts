import { emptySession, endOfDay, readSession, SESSION_KEY, type PauseSession } from '../pause/session';
import type { KeyValueArea } from '../prefs/storage';

export type SnoozeLength = number | 'rest-of-day';

/** The background's writer of per-session pause state; writes run in order so none is lost. */
export function createPauseSessionStore(area: KeyValueArea, now: () => Date = () => new Date()) {
  let queue: Promise<unknown> = Promise.resolve();
  const change = (edit: (session: PauseSession, at: number) => void) => {
    const run = queue.then(async () => {
      const session = readSession((await area.get(SESSION_KEY))[SESSION_KEY]);
      edit(session, now().getTime());
      await area.set({ [SESSION_KEY]: session });
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    read: async () => readSession((await area.get(SESSION_KEY))[SESSION_KEY]),
    shown: (siteId: string) =>
      change((s, at) => {
        s.shownAt[siteId] = at;
        s.waitStartedAt[siteId] ??= at;
      }),
    continued: (siteId: string) =>
      change((s, at) => {
        s.continued[siteId] = at;
        delete s.waitStartedAt[siteId];
      }),
    snooze: (siteId: string, length: SnoozeLength) =>
      change((s, at) => {
        s.snoozedUntil[siteId] = length === 'rest-of-day' ? endOfDay(new Date(at)) : at + length * 60_000;
        delete s.waitStartedAt[siteId];
      }),
    clear: () => area.set({ [SESSION_KEY]: emptySession() }),
  };
}

export type PauseSessionStore = ReturnType<typeof createPauseSessionStore>;
