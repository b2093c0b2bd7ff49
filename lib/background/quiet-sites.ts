import { isListOn } from '../content/triggers-here';
import type { PauseSession } from '../pause/session';
import type { Prefs, Site } from '../prefs/schema';
import { originPatterns } from '../sites/match';

interface Reach {
  host: string;
  includeSubdomains: boolean;
}

/** Whether some page is on both: a host itself, or one under it where subdomains count. */
function overlap(a: Reach, b: Reach): boolean {
  return a.host === b.host || (a.includeSubdomains && b.host.endsWith(`.${a.host}`)) || (b.includeSubdomains && a.host.endsWith(`.${b.host}`));
}

/**
 * The pages the pause script need not start on for the rest of this browser session: chosen sites
 * the person already continued past, when they asked for a pause once per session. Nothing on
 * those pages could be paused until the session ends, so not running there at all is the only way
 * a page pays nothing. A site is left in wherever it shares pages with another chosen site that
 * may still pause, or with a word list that pauses; a list on every site keeps every page.
 * Quiet hours, snoozes and "every N minutes" end on their own, so those pages keep the script
 * (it decides on the spot). Returns the patterns to exclude.
 */
export function quietSitePatterns(prefs: Pick<Prefs, 'sites' | 'triggers' | 'pause'>, session: Pick<PauseSession, 'continued'>, now = Date.now()): string[] {
  if (prefs.pause.frequency !== 'once-per-session') return [];
  const pauseLists = prefs.triggers.filter((t) => t.action === 'pause' && isListOn(t, now));
  if (pauseLists.some((t) => t.everySite)) return [];
  const listReach: Reach[] = pauseLists.flatMap((t) => t.hosts.map((host) => ({ host, includeSubdomains: true })));
  const continued = (site: Site) => session.continued[site.id] !== undefined;
  const quiet = prefs.sites.filter(
    (site) =>
      continued(site) &&
      !prefs.sites.some((other) => other !== site && !continued(other) && overlap(site, other)) &&
      !listReach.some((reach) => overlap(site, reach)),
  );
  return [...new Set(quiet.flatMap((site) => originPatterns(site.host, site.includeSubdomains)))].sort();
}
