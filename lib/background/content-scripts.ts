import type { Prefs } from '../prefs/schema';
import { isListOn } from '../content/triggers-here';
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
  allFrames: boolean;
  /** Kept across browser restarts; false while it leaves out pages for this session only. */
  persist: boolean;
}

/**
 * Which pages get which script. The pause script (covers the page before it paints, reads, decides)
 * goes to the chosen sites and to the hosts where a word list may pause the page; the words script
 * (never covers, finds the words) to every host with a word list. A host with both gets both, and
 * they share one cover. No other page gets anything. A list past its end date counts as off (the
 * page scripts check the date too, for a list that ends while the plan stands).
 */
export function planContentScripts(prefs: Pick<Prefs, 'sites' | 'triggers'>, allSitesGranted: boolean, now = Date.now(), quiet: readonly string[] = []): ScriptPlan[] {
  const enabled = prefs.triggers.filter((t) => isListOn(t, now));
  const patternsFor = (lists: Prefs['triggers']) => {
    const everySite = allSitesGranted && lists.some((t) => t.everySite);
    return everySite ? ALL_SITES : lists.flatMap((t) => (t.everySite ? [] : t.hosts.flatMap((h) => originPatterns(h, true))));
  };
  const hold = unique([...sitePatterns(prefs.sites), ...patternsFor(enabled.filter((t) => t.action === 'pause'))]);
  const words = unique(patternsFor(enabled));
  // Sites continued this session (lib/background/quiet-sites.ts) are left out until it ends: that
  // registration must not outlive the session, so it is not kept across a restart.
  const leaveOut = hold.length > 0 ? [...quiet] : [];
  return [
    { ...PAUSE_SCRIPT, matches: hold, excludeMatches: leaveOut, allFrames: false, persist: leaveOut.length === 0 },
    // Frames too: a frame of a chosen host gets its words veiled (never a cover).
    { ...WORDS_SCRIPT, matches: words, excludeMatches: [], allFrames: true, persist: true },
  ];
}

const unique = (patterns: string[]) => (patterns.includes(ALL_SITES[0]!) ? ALL_SITES : [...new Set(patterns)].sort());

/** The slice of browser.scripting used here; injectable for tests. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[]; excludeMatches?: string[]; allFrames?: boolean; persistAcrossSessions?: boolean }>>;
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

/**
 * Brings the registered scripts in line with the plan, touching only what changed. Returns the
 * plans that had no registration at all before (a first site, or scripts the browser dropped).
 */
export async function syncContentScripts(plans: readonly ScriptPlan[], scripting: ScriptingApi): Promise<ScriptPlan[]> {
  const registered = await scripting.getRegisteredContentScripts({ ids: plans.map((p) => p.id) });
  const added: ScriptPlan[] = [];
  for (const plan of plans) {
    const current = registered.find((s) => s.id === plan.id);
    if (plan.matches.length === 0) {
      if (current) await scripting.unregisterContentScripts({ ids: [plan.id] });
      continue;
    }
    if (
      current &&
      same(current.matches, plan.matches) &&
      same(current.excludeMatches, plan.excludeMatches) &&
      (current.allFrames ?? false) === plan.allFrames &&
      (current.persistAcrossSessions ?? true) === plan.persist
    ) {
      continue;
    }
    const script: RegisteredScript = {
      id: plan.id,
      matches: plan.matches,
      ...(plan.excludeMatches.length ? { excludeMatches: plan.excludeMatches } : {}),
      js: [plan.file],
      runAt: 'document_start',
      allFrames: plan.allFrames,
      persistAcrossSessions: plan.persist,
    };
    // Pages left out or taken back in as the person continues past sites: updated in place, so no
    // page opened meanwhile misses the script. Updating cannot drop excludeMatches, so any other
    // change replaces the registration.
    if (current && plan.excludeMatches.length > 0) {
      await scripting.updateContentScripts([script]);
      continue;
    }
    if (current) await scripting.unregisterContentScripts({ ids: [plan.id] });
    await scripting.registerContentScripts([script]);
    if (!current) added.push(plan);
  }
  return added;
}
