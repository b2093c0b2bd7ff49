import type { PageScriptMessages, ResultOf } from '../messages/protocol';
import { readSession, readSnoozes, SESSION_KEY, SNOOZES_KEY, type PauseSession } from '../pause/session';
import { effectivePrefs, ORG_KEY, type Organisation } from '../prefs/organisation';
import type { Prefs } from '../prefs/schema';
import { PREFS_KEY, STAMPS_KEY, WORD_INDEX_KEY, type KeyValueArea } from '../prefs/storage';
import type { Stamps } from '../sync/split';
import { PREFS_VERSION } from '../prefs/version';

export interface PageState {
  prefs: Prefs;
  session: PauseSession;
  /** What the background worked out about the word lists (lib/words/word-index.ts), unchecked; absent at times. */
  wordIndex?: unknown;
}

export interface PageStateSources {
  local: Pick<KeyValueArea, 'get'>;
  /** storage.session; reading it fails where page scripts may not (Firefox), and the background keeps the state in local. */
  session: Pick<KeyValueArea, 'get'> | undefined;
  ask: (type: 'getCheckedPrefs') => Promise<ResultOf<PageScriptMessages, 'getCheckedPrefs'>>;
}

/**
 * What a page script needs to decide, read straight from storage so a sleeping background never
 * delays a page (in Firefox too, where the session state is kept in storage.local; see
 * lib/background/session-area.ts). The background checks the stored preferences on every start and is their only
 * writer, so a store of the current version is trusted as is (no schema code in the page); any
 * other version is asked of the background, which migrates it.
 */
export async function readPageState({ local, session, ask }: PageStateSources): Promise<PageState> {
  const [stored, current] = await Promise.all([
    local.get([PREFS_KEY, SNOOZES_KEY, SESSION_KEY, ORG_KEY, STAMPS_KEY, WORD_INDEX_KEY]),
    Promise.resolve()
      .then(() => session?.get([SESSION_KEY, WORD_INDEX_KEY]))
      .catch(() => undefined),
  ]);
  const raw = stored[PREFS_KEY] as Partial<Prefs> | undefined;
  const own = raw?.version === PREFS_VERSION ? (raw as Prefs) : await ask('getCheckedPrefs');
  // The organisation's pause defaults (checked by the background) apply where the person has not chosen.
  const org = stored[ORG_KEY];
  const stamps = stored[STAMPS_KEY];
  const prefs = effectivePrefs(own, isObject(org) ? (org as unknown as Organisation) : null, isObject(stamps) ? (stamps as Stamps) : {});
  const state: PauseSession = readSession(current?.[SESSION_KEY] ?? stored[SESSION_KEY]);
  // The index lives where the session state does (storage.session in Chrome, local in Firefox).
  const wordIndex = current?.[WORD_INDEX_KEY] ?? stored[WORD_INDEX_KEY];
  return { prefs, session: { ...state, snoozedUntil: readSnoozes(stored[SNOOZES_KEY]) }, ...(wordIndex === undefined ? {} : { wordIndex }) };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
