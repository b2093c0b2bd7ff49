import type { Prefs, Site } from '../prefs/schema';
import { findSite } from '../sites/match';
import { inQuietHours } from './quiet-hours';
import type { PauseSession } from './session';

export type HoldReason = 'quiet-hours' | 'snoozed' | 'already-continued' | 'too-soon';

export type PauseDecision =
  | { pause: true; site: Site }
  | { pause: false; reason: 'no-site' | HoldReason; site?: Site };

type PausePrefs = Pick<Prefs, 'pause' | 'quietHours'>;

/**
 * Whether a pause with this session key (a site id, or a word list on a host) may be offered now:
 * quiet hours, snoozes and the person's chosen frequency. Pure: clock and session are passed in.
 */
export function holdReason(key: string, prefs: PausePrefs, session: PauseSession, now: Date): HoldReason | null {
  if (inQuietHours(prefs.quietHours, now)) return 'quiet-hours';
  if ((session.snoozedUntil[key] ?? 0) > now.getTime()) return 'snoozed';
  const { frequency, intervalMinutes } = prefs.pause;
  if (frequency === 'once-per-session' && session.continued[key] !== undefined) return 'already-continued';
  if (frequency === 'interval') {
    const last = Math.max(session.shownAt[key] ?? -Infinity, session.continued[key] ?? -Infinity);
    if (now.getTime() - last < intervalMinutes * 60_000) return 'too-soon';
  }
  return null;
}

/** Whether a page on a chosen site should be paused now. */
export function decidePause(prefs: Pick<Prefs, 'sites'> & PausePrefs, url: string, session: PauseSession, now: Date): PauseDecision {
  const site = findSite(prefs.sites, url);
  if (!site) return { pause: false, reason: 'no-site' };
  const reason = holdReason(site.id, prefs, session, now);
  return reason ? { pause: false, reason, site } : { pause: true, site };
}
