import type { KeyValueArea } from '../prefs/storage';

export interface SessionStorageApi {
  session: KeyValueArea & { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  local: KeyValueArea;
}

/** Kept in storage.session, so it is gone exactly when a browser session ends. */
export const SESSION_MARK = 'sessionStarted';

/**
 * Where per-session pause state lives so that page scripts can read it without waking the
 * background. Chrome lets page scripts read storage.session once the background opens it to them
 * (setAccessLevel). Firefox has no such switch, so there the state is kept in storage.local and
 * forgotten at the first background start of each browser session (`startSession`). That start is
 * told by a mark in storage.session, not by runtime.onStartup, which Firefox does not always send
 * to an event page that pages woke first.
 */
export function pauseSessionArea(storage: SessionStorageApi): { area: KeyValueArea; startSession: (forget: () => Promise<void>) => Promise<void> } {
  const { session, local } = storage;
  if (typeof session.setAccessLevel === 'function') {
    void session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => undefined);
    return { area: session, startSession: async () => undefined };
  }
  return {
    area: local,
    startSession: async (forget) => {
      if ((await session.get(SESSION_MARK))[SESSION_MARK]) return;
      await forget();
      await session.set({ [SESSION_MARK]: true });
    },
  };
}
