import { isListOn } from '../content/triggers-here';
import type { Prefs } from '../prefs/schema';
import { t } from '../i18n';


/** One calm sentence about what Steady is set to do, without naming any site or word. */
export function describeSetup(prefs: Pick<Prefs, 'sites' | 'triggers'>, now = Date.now()): string {
  const sites = prefs.sites.length;
  // A list past its end date is not doing anything, so it is not counted.
  const triggers = prefs.triggers.filter((t) => isListOn(t, now)).length;
  if (sites === 0 && triggers === 0) return t('setup.nothing');
  const parts = [sites && t('setup.sites', { count: sites }), triggers && t('setup.lists', { count: triggers })].filter((p): p is string => !!p);
  const what = parts.length === 2 ? t('setup.and', { a: parts[0]!, b: parts[1]! }) : parts[0]!;
  return t('setup.offering', { what });
}
