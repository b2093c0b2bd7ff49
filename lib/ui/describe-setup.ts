import { isListOn } from '../content/triggers-here';
import type { Prefs } from '../prefs/schema';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One calm sentence about what Steady is set to do, without naming any site or word. */
export function describeSetup(prefs: Pick<Prefs, 'sites' | 'triggers'>, now = Date.now()): string {
  const sites = prefs.sites.length;
  // A list past its end date is not doing anything, so it is not counted.
  const triggers = prefs.triggers.filter((t) => isListOn(t, now)).length;
  if (sites === 0 && triggers === 0) return 'Nothing pauses until you choose sites or words in Settings.';
  const parts = [sites && count(sites, 'site', 'sites'), triggers && count(triggers, 'word list', 'word lists')].filter(Boolean);
  return `Offering pauses for ${parts.join(' and ')} you chose.`;
}
