import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { describe, expect, it } from 'vitest';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { applyPatch } from '../../lib/prefs/patch';
import { validatePrefs } from '../../lib/prefs/validate';

const site = { id: 's1', host: 'news.example.com', includeSubdomains: true, pathPrefix: '', label: 'News' };

describe('validatePrefs', () => {
  it('accepts the defaults', () => {
    expect(validatePrefs(defaultPrefs())).toEqual({ ok: true, prefs: defaultPrefs() });
  });

  it('accepts a fully configured store', () => {
    const prefs = applyPatch(defaultPrefs(), {
      sites: [site],
      triggers: [{ ...TRIGGER_DEFAULTS, id: 't1', label: 'Hospital stuff', words: ['ward', 'icu*'], action: 'veil', everySite: false, hosts: ['example.org'], enabled: true }],
      people: [{ id: 'p1', name: 'Sam', link: 'tel:+44 7700 900123' }],
      helplineCountry: 'GB',
    });
    expect(validatePrefs(prefs).ok).toBe(true);
  });

  it.each([
    [{ sites: [{ ...site, host: 'not a host' }] }, '“sites[0].host” is not a site name like example.com'],
    [{ sites: [{ ...site, pathPrefix: 'news' }] }, "“sites[0].pathPrefix” should be empty or start with '/'"],
    [{ pause: { frequency: 'sometimes' } }, '“pause.frequency” should be every-visit, once-per-session or interval'],
    [{ pause: { gentleDelaySeconds: 90 } }, '“pause.gentleDelaySeconds” should be at most 30 seconds'],
    [{ pause: { snoozeMinutes: [] } }, '“pause.snoozeMinutes” needs at least one length'],
    [{ quietHours: { from: '25:00' } }, '“quietHours.from” should be a time like 22:00'],
    [{ people: [{ id: 'p', name: 'Sam', link: 'javascript:alert(1)' }] }, '“people[0].link” should be a tel:, sms:, mailto: or https: link'],
    [{ helplineCountry: 'gb' }, '“helplineCountry” should be a two-letter country code'],
    [{ triggers: [{ id: 't', label: 'x', words: [], action: 'pause', everySite: false, hosts: [], enabled: true }] }, '“triggers[0].words” needs at least one word'],
  ])('refuses %j with a message naming the field', (patch, message) => {
    const result = validatePrefs(applyPatch(defaultPrefs(), patch as never));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });

  it('trims labels and words', () => {
    const result = validatePrefs(applyPatch(defaultPrefs(), { sites: [{ ...site, label: '  News  ' }] }));
    expect(result.ok && result.prefs.sites[0]?.label).toBe('News');
  });
});

describe('applyPatch', () => {
  it('merges nested objects and replaces arrays', () => {
    const base = defaultPrefs();
    const next = applyPatch(base, { pause: { gentleDelaySeconds: 5 }, sites: [site] });
    expect(next.pause).toEqual({ ...base.pause, gentleDelaySeconds: 5 });
    expect(next.sites).toEqual([site]);
    expect(base.pause.gentleDelaySeconds).toBe(0);
  });
});
