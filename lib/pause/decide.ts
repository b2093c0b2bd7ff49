import type { Prefs, Site } from '../prefs/schema';
import { findSite } from '../sites/match';
import { inQuietHours } from './quiet-hours';
import type { PauseSession } from './session';

export type PauseDecision =
  | { pause: true; site: Site }
  | { pause: false; reason: 'no-site' | 'quiet-hours' | 'snoozed' | 'already-continued' | 'too-soon'; site?: Site };

/** Whether a page should be paused now. Pure: the clock and session state are passed in. */
export function decidePause(prefs: Pick<Prefs, 'sites' | 'pause' | 'quietHours'>, url: string, session: PauseSession, now: Date): PauseDecision {
  const site = findSite(prefs.sites, url);
  if (!site) return { pause: false, reason: 'no-site' };
  if (inQuietHours(prefs.quietHours, now)) return { pause: false, reason: 'quiet-hours', site };
  if ((session.snoozedUntil[site.id] ?? 0) > now.getTime()) return { pause: false, reason: 'snoozed', site };
  const { frequency, intervalMinutes } = prefs.pause;
  if (frequency === 'once-per-session' && session.continued[site.id] !== undefined) {
    return { pause: false, reason: 'already-continued', site };
  }
  if (frequency === 'interval') {
    const last = Math.max(session.shownAt[site.id] ?? -Infinity, session.continued[site.id] ?? -Infinity);
    if (now.getTime() - last < intervalMinutes * 60_000) return { pause: false, reason: 'too-soon', site };
  }
  return { pause: true, site };
}
