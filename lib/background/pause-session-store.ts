import { emptySession, endOfDay, readSession, readSnoozes, SESSION_KEY, SNOOZES_KEY, type PauseSession } from '../pause/session';
import type { KeyValueArea } from '../prefs/storage';

export type SnoozeLength = number | 'rest-of-day';

export interface PauseStateAreas {
  /** Forgotten when the browser closes: continues, shows, gentle waits. */
  session: KeyValueArea;
  /** Kept across restarts: "not now" lasts as long as the person chose, "the rest of today" until midnight. */
  lasting: KeyValueArea;
}

/** The background's writer of pause state; writes run in order so none is lost. */
export function createPauseSessionStore({ session: area, lasting }: PauseStateAreas, now: () => Date = () => new Date()) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (task: () => Promise<void>) => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const change = (edit: (session: PauseSession, at: number) => void) =>
    serial(async () => {
      const session = readSession((await area.get(SESSION_KEY))[SESSION_KEY]);
      edit(session, now().getTime());
      await area.set({ [SESSION_KEY]: { ...session, snoozedUntil: {} } });
    });
  return {
    read: async (): Promise<PauseSession> => {
      const [current, snoozes] = await Promise.all([area.get(SESSION_KEY), lasting.get(SNOOZES_KEY)]);
      return { ...readSession(current[SESSION_KEY]), snoozedUntil: readSnoozes(snoozes[SNOOZES_KEY]) };
    },
    shown: (key: string) =>
      change((s, at) => {
        s.shownAt[key] = at;
        s.waitStartedAt[key] ??= at;
      }),
    continued: (key: string) =>
      change((s, at) => {
        s.continued[key] = at;
        delete s.waitStartedAt[key];
      }),
    snooze: async (key: string, length: SnoozeLength) => {
      await change((s) => void delete s.waitStartedAt[key]);
      await serial(async () => {
        const at = now().getTime();
        const snoozes = readSnoozes((await lasting.get(SNOOZES_KEY))[SNOOZES_KEY]);
        // Snoozes that ran out say nothing any more; drop them so the list never grows.
        for (const [id, until] of Object.entries(snoozes)) if (until <= at) delete snoozes[id];
        snoozes[key] = length === 'rest-of-day' ? endOfDay(new Date(at)) : at + length * 60_000;
        await lasting.set({ [SNOOZES_KEY]: snoozes });
      });
    },
    clear: () => area.set({ [SESSION_KEY]: emptySession() }),
  };
}

export type PauseSessionStore = ReturnType<typeof createPauseSessionStore>;
