import type { Prefs, Trigger } from '../prefs/schema';
import { hostMatches } from '../sites/match';

/** A list is on while it is enabled and, if the person gave it an end, until that moment. */
export function isListOn(trigger: Pick<Trigger, 'enabled' | 'endsAt'>, now: number): boolean {
  return trigger.enabled && !(trigger.endsAt > 0 && trigger.endsAt <= now);
}

/** The person's word lists that are on now and apply on this host. */
export function triggersHere(prefs: Pick<Prefs, 'triggers'>, hostname: string, now = Date.now()): Trigger[] {
  return prefs.triggers.filter(
    (t) => isListOn(t, now) && (t.everySite || t.hosts.some((host) => hostMatches({ host, includeSubdomains: true }, hostname))),
  );
}

/** Session key for a word list's pause: once per list per site, like a site pause. */
export function triggerKey(trigger: Pick<Trigger, 'id'>, hostname: string): string {
  return `${trigger.id}@${hostname}`;
}
