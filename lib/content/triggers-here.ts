import type { Prefs, Trigger } from '../prefs/schema';
import { hostMatches } from '../sites/match';

/** The person's enabled word lists that apply on this host. */
export function triggersHere(prefs: Pick<Prefs, 'triggers'>, hostname: string): Trigger[] {
  return prefs.triggers.filter(
    (t) => t.enabled && (t.everySite || t.hosts.some((host) => hostMatches({ host, includeSubdomains: true }, hostname))),
  );
}

/** Session key for a word list's pause: once per list per site, like a site pause. */
export function triggerKey(trigger: Pick<Trigger, 'id'>, hostname: string): string {
  return `${trigger.id}@${hostname}`;
}
