import type { KeyValueArea } from '../prefs/storage';

export interface SessionStorageApi {
  session: KeyValueArea & { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  local: KeyValueArea;
}

/**
 * Where per-session pause state lives so that page scripts can read it without waking the
 * background. Chrome lets page scripts read storage.session once the background opens it to them
 * (setAccessLevel). Firefox has no such switch, so there the state is kept in storage.local and
 * forgotten when the browser starts (`forgetOnStartup`), which is what storage.session does.
 */
export function pauseSessionArea(storage: SessionStorageApi): { area: KeyValueArea; forgetOnStartup: boolean } {
  const { session, local } = storage;
  if (typeof session.setAccessLevel === 'function') {
    void session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }).catch(() => undefined);
    return { area: session, forgetOnStartup: false };
  }
  return { area: local, forgetOnStartup: true };
}
