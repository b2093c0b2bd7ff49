import type { Prefs, Trigger } from '../prefs/schema';
import { hostMatches } from '../sites/match';

/** A list the person gave an end has ended from that moment on. */
export function hasEnded(trigger: Pick<Trigger, 'endsAt'>, now: number): boolean {
  return trigger.endsAt > 0 && trigger.endsAt <= now;
}

/** A list is on while it is enabled and has not ended. */
export function isListOn(trigger: Pick<Trigger, 'enabled' | 'endsAt'>, now: number): boolean {
  return trigger.enabled && !hasEnded(trigger, now);
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
