import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { describe, expect, it } from 'vitest';
import type { Site, Trigger } from '../../lib/prefs/schema';
import { SiteSchema } from '../../lib/prefs/schema';
import * as v from 'valibot';
import { findDuplicate, newSite, permissionsToRelease } from '../../lib/sites/site-list';
import { parseSiteInput } from '../../lib/sites/parse-site';

const site = (id: string, host: string, pathPrefix = '', includeSubdomains = true): Site => ({ id, host, includeSubdomains, pathPrefix, label: '' });
const trigger = (id: string, hosts: string[], everySite = false, enabled = true): Trigger => ({
  ...TRIGGER_DEFAULTS,
  id,
  label: 'Hospital stuff',
  words: ['word'],
  action: 'pause',
  everySite,
  hosts,
  enabled,
});

describe('newSite', () => {
  it('copies the parsed fields, trims the label and uses the given id', () => {
    const parsed = { ok: true as const, host: 'example.com', includeSubdomains: false, pathPrefix: '/news' };
    expect(newSite(parsed, '  Busy place \n', 'abc')).toEqual({
      id: 'abc',
      host: 'example.com',
      includeSubdomains: false,
      pathPrefix: '/news',
      label: 'Busy place',
    });
  });

  it('makes a fresh id that the preferences schema accepts', () => {
    const parsed = parseSiteInput('https://www.example.com/news/');
    if (!parsed.ok) throw new Error(parsed.error);
    const a = newSite(parsed, '');
    const b = newSite(parsed, '');
    expect(a.id).not.toBe(b.id);
    expect(v.is(SiteSchema, a)).toBe(true);
    expect(a).toMatchObject({ host: 'example.com', pathPrefix: '/news', includeSubdomains: true, label: '' });
  });

  it('does not carry the "ok" flag into the stored site', () => {
    const parsed = { ok: true as const, host: 'example.com', includeSubdomains: true, pathPrefix: '' };
    expect(Object.keys(newSite(parsed, 'x', 'id1')).sort()).toEqual(['host', 'id', 'includeSubdomains', 'label', 'pathPrefix']);
  });
});

describe('findDuplicate', () => {
  const sites = [site('a', 'example.com'), site('b', 'example.com', '/news'), site('c', 'other.org', '', false)];

  it.each([
    [{ host: 'example.com', pathPrefix: '' }, 'a'],
    [{ host: 'example.com', pathPrefix: '/news' }, 'b'],
    [{ host: 'other.org', pathPrefix: '' }, 'c'],
    [{ host: 'example.com', pathPrefix: '/sport' }, undefined],
    [{ host: 'example.com', pathPrefix: '/news/today' }, undefined],
    [{ host: 'www.example.com', pathPrefix: '' }, undefined],
    [{ host: 'other.org', pathPrefix: '/news' }, undefined],
  ])('%j -> %s', (candidate, id) => {
    expect(findDuplicate(sites, candidate)?.id).toBe(id);
  });

  it('counts the same host and path as a duplicate whatever the subdomain choice', () => {
    expect(findDuplicate(sites, { host: 'other.org', pathPrefix: '', includeSubdomains: true } as Site)?.id).toBe('c');
  });

  it('finds nothing in an empty list', () => {
    expect(findDuplicate([], { host: 'example.com', pathPrefix: '' })).toBeUndefined();
  });
});

describe('permissionsToRelease', () => {
  const removed = site('gone', 'example.com');

  it('releases both patterns when nothing else needs them', () => {
    expect(permissionsToRelease(removed, { sites: [site('x', 'other.org')], triggers: [] }).sort()).toEqual([
      '*://*.example.com/*',
      '*://example.com/*',
    ]);
  });

  it('releases only the exact-host pattern for a site without subdomains', () => {
    expect(permissionsToRelease(site('gone', 'example.com', '', false), { sites: [], triggers: [] })).toEqual(['*://example.com/*']);
  });

  it('releases only the host pattern for an IP site (it never had a *. pattern)', () => {
    expect(permissionsToRelease(site('gone', '10.0.0.1'), { sites: [], triggers: [] })).toEqual(['*://10.0.0.1/*']);
  });

  it('keeps everything when another site on the same host remains (another path)', () => {
    expect(permissionsToRelease(site('gone', 'example.com', '/news'), { sites: [site('keep', 'example.com', '/sport')], triggers: [] })).toEqual([]);
  });

  it('keeps the exact-host pattern but releases *. when the remaining site has no subdomains', () => {
    expect(permissionsToRelease(removed, { sites: [site('keep', 'example.com', '', false)], triggers: [] })).toEqual(['*://*.example.com/*']);
  });

  it('keeps everything when a remaining site with subdomains covers the removed exact-host site', () => {
    expect(permissionsToRelease(site('gone', 'example.com', '', false), { sites: [site('keep', 'example.com')], triggers: [] })).toEqual([]);
  });

  it('keeps what a word trigger limited to that host still needs', () => {
    expect(permissionsToRelease(removed, { sites: [], triggers: [trigger('t', ['other.org', 'example.com'])] })).toEqual([]);
  });

  it('releases a trigger-held host only when the trigger is on every site (that uses the all-sites permission)', () => {
    expect(permissionsToRelease(removed, { sites: [], triggers: [trigger('t', ['example.com'], true)] }).sort()).toEqual([
      '*://*.example.com/*',
      '*://example.com/*',
    ]);
  });

  it('is not fooled by look-alike hosts still in use', () => {
    const after = { sites: [site('a', 'evilexample.com'), site('b', 'sub.example.com')], triggers: [trigger('t', ['example.co'])] };
    expect(permissionsToRelease(removed, after).sort()).toEqual(['*://*.example.com/*', '*://example.com/*']);
  });

  it('releases the subdomain site’s own patterns even when its parent remains', () => {
    expect(permissionsToRelease(site('gone', 'news.example.com'), { sites: [site('keep', 'example.com')], triggers: [] }).sort()).toEqual([
      '*://*.news.example.com/*',
      '*://news.example.com/*',
    ]);
  });
});
