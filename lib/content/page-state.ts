import type { PageScriptMessages, ResultOf } from '../messages/protocol';
import { readSession, readSnoozes, SESSION_KEY, SNOOZES_KEY, type PauseSession } from '../pause/session';
import type { Prefs } from '../prefs/schema';
import { PREFS_KEY, type KeyValueArea } from '../prefs/storage';
import { PREFS_VERSION } from '../prefs/version';

export interface PageState {
  prefs: Prefs;
  session: PauseSession;
}

export interface PageStateSources {
  local: KeyValueArea;
  /** storage.session; reading it throws where page scripts may not (Firefox). */
  session: Pick<KeyValueArea, 'get'>;
  ask: <K extends 'getCheckedPrefs' | 'getPauseSession'>(type: K) => Promise<ResultOf<PageScriptMessages, K>>;
}

/**
 * What a page script needs to decide, read straight from storage so a sleeping background never
 * delays a page. The background checks the stored preferences on every start and is their only
 * writer, so a store of the current version is trusted as is (no schema code in the page); any
 * other version is asked of the background, which migrates it.
 */
export async function readPageState({ local, session, ask }: PageStateSources): Promise<PageState> {
  const [stored, current] = await Promise.all([local.get([PREFS_KEY, SNOOZES_KEY]), readSessionFrom(session, ask)]);
  const raw = stored[PREFS_KEY] as Partial<Prefs> | undefined;
  const prefs = raw?.version === PREFS_VERSION ? (raw as Prefs) : await ask('getCheckedPrefs');
  return { prefs, session: { ...current, snoozedUntil: readSnoozes(stored[SNOOZES_KEY]) } };
}

async function readSessionFrom(session: PageStateSources['session'], ask: PageStateSources['ask']): Promise<PauseSession> {
  try {
    return readSession((await session.get(SESSION_KEY))[SESSION_KEY]);
  } catch {
    return readSession(await ask('getPauseSession'));
  }
}
