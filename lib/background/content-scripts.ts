import type { Prefs } from '../prefs/schema';
import { originPatterns, sitePatterns } from '../sites/match';

/** Every http(s) page: only used when the person turned on a word list for every site. */
export const ALL_SITES = ['*://*/*'];

export const PAUSE_SCRIPT = { id: 'steady-pause', file: 'pause.js' } as const;
export const WORDS_SCRIPT = { id: 'steady-words', file: 'words.js' } as const;

export interface ScriptPlan {
  id: string;
  file: string;
  matches: string[];
  excludeMatches: string[];
}

/**
 * Which pages get which script. The pause script (which covers the page before it paints) goes to
 * the chosen sites and to the hosts where a word list may pause the page; the words script (never
 * covers) to hosts where lists only blur or hide. No other page gets anything.
 */
export function planContentScripts(prefs: Pick<Prefs, 'sites' | 'triggers'>, allSitesGranted: boolean): ScriptPlan[] {
  const enabled = prefs.triggers.filter((t) => t.enabled);
  const patternsFor = (pausing: boolean) => {
    const lists = enabled.filter((t) => (t.action === 'pause') === pausing);
    const everySite = allSitesGranted && lists.some((t) => t.everySite);
    return everySite ? ALL_SITES : lists.flatMap((t) => (t.everySite ? [] : t.hosts.flatMap((h) => originPatterns(h, true))));
  };
  const hold = unique([...sitePatterns(prefs.sites), ...patternsFor(true)]);
  const words = unique(patternsFor(false));
  return [
    { ...PAUSE_SCRIPT, matches: hold, excludeMatches: [] },
    { ...WORDS_SCRIPT, matches: words, excludeMatches: hold.length && words.length ? hold : [] },
  ];
}

const unique = (patterns: string[]) => (patterns.includes(ALL_SITES[0]!) ? ALL_SITES : [...new Set(patterns)].sort());

/** The slice of browser.scripting used here; injectable for tests. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[]; excludeMatches?: string[] }>>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

const same = (a: readonly string[] = [], b: readonly string[] = []) => [...a].sort().join() === [...b].sort().join();

/** Brings the registered scripts in line with the plan, touching only what changed. */
export async function syncContentScripts(plans: readonly ScriptPlan[], scripting: ScriptingApi): Promise<void> {
  const registered = await scripting.getRegisteredContentScripts({ ids: plans.map((p) => p.id) });
  for (const plan of plans) {
    const current = registered.find((s) => s.id === plan.id);
    if (plan.matches.length === 0) {
      if (current) await scripting.unregisterContentScripts({ ids: [plan.id] });
      continue;
    }
    if (current && same(current.matches, plan.matches) && same(current.excludeMatches, plan.excludeMatches)) continue;
    const script: RegisteredScript = {
      id: plan.id,
      matches: plan.matches,
      ...(plan.excludeMatches.length ? { excludeMatches: plan.excludeMatches } : {}),
      js: [plan.file],
      runAt: 'document_start',
      // Frames too: a same-origin frame of a chosen host gets its words veiled (never a cover).
      allFrames: true,
      persistAcrossSessions: true,
    };
    // Updating cannot drop excludeMatches, so a changed registration is replaced.
    if (current) await scripting.unregisterContentScripts({ ids: [plan.id] });
    await scripting.registerContentScripts([script]);
  }
}
