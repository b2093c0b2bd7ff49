import type { Site } from '../prefs/schema';
import { sitePatterns } from '../sites/match';

export const PAUSE_SCRIPT_ID = 'steady-pause';
export const PAUSE_SCRIPT_FILE = 'content-scripts/pause.js';

/** The slice of browser.scripting used here; injectable for tests. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

/**
 * Keeps the pause script registered for exactly the configured sites, so every other site gets
 * no content script at all. Returns the patterns now registered.
 */
export async function syncPauseRegistration(sites: readonly Site[], scripting: ScriptingApi): Promise<string[]> {
  const matches = sitePatterns(sites);
  const [current] = await scripting.getRegisteredContentScripts({ ids: [PAUSE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (current) await scripting.unregisterContentScripts({ ids: [PAUSE_SCRIPT_ID] });
    return [];
  }
  if (current && [...(current.matches ?? [])].sort().join() === matches.join()) return matches;
  const script: RegisteredScript = {
    id: PAUSE_SCRIPT_ID,
    matches,
    js: [PAUSE_SCRIPT_FILE],
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
  await (current ? scripting.updateContentScripts([script]) : scripting.registerContentScripts([script]));
  return matches;
}
