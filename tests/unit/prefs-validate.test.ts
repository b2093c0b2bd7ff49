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
    [{ sites: [{ ...site, host: 'not a host' }] }, 'Site “News”: the address is not a site name like example.com.'],
    [{ sites: [{ ...site, pathPrefix: 'news' }] }, "Site “News”: the path should be empty or start with '/'."],
    [{ pause: { frequency: 'sometimes' } }, 'Pause, frequency: should be every-visit, once-per-session or interval.'],
    [{ pause: { gentleDelaySeconds: 90 } }, 'Pause, gentle delay seconds: should be at most 30 seconds.'],
    [{ pause: { snoozeMinutes: [] } }, 'Pause, snooze minutes: needs at least one length.'],
    [{ quietHours: { from: '25:00' } }, 'Quiet hours, from: should be a time like 22:00.'],
    [{ people: [{ id: 'p', name: 'Sam', link: 'javascript:alert(1)' }] }, 'Person “Sam”: the link should be a tel:, sms:, mailto: or https: link.'],
    [{ helplineCountry: 'gb' }, 'Helpline country: should be a two-letter country code.'],
    [{ triggers: [{ id: 't', label: 'x', words: [], action: 'pause', everySite: false, hosts: [], enabled: true }] }, 'Word list “x”: needs at least one word.'],
    [{ triggers: [{ id: 't', label: '', words: Array.from({ length: 2001 }, (_, i) => `w${i}`), action: 'veil', everySite: true, hosts: [], enabled: true }] }, 'Word list 1: has more than 2,000 words.'],
    [{ sites: [site, { ...site, label: 'Again' }] }, 'Your sites: has two sites with the same id.'],
    [{ sync: 'yes' }, 'Sync: should be on or off (true or false).'],
    [{ sites: [{ ...site, host: 'x y '.repeat(500_000) }] }, 'Site “News”: the address is not a site name like example.com.'],
  ])('refuses %j with a message in the person’s terms', (patch, message) => {
    const result = validatePrefs(applyPatch(defaultPrefs(), patch as never));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });

  it('says a missing field is missing', () => {
    const { from: _, ...quietHours } = defaultPrefs().quietHours;
    const result = validatePrefs({ ...defaultPrefs(), quietHours });
    expect(result.ok === false && result.errors).toEqual(['Quiet hours, from: is missing.']);
  });

  it('never echoes a long wrong value back', () => {
    const result = validatePrefs(applyPatch(defaultPrefs(), { helplineCountry: 'X'.repeat(1_500_000) } as never));
    expect(result.ok).toBe(false);
    if (!result.ok) for (const error of result.errors) expect(error.length).toBeLessThan(200);
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
