import { describe, expect, it } from 'vitest';
import { findSite, hostMatches, originPatterns, pathMatches, sitePatterns } from '../../lib/sites/match';
import type { Site } from '../../lib/prefs/schema';

const site = (id: string, host: string, pathPrefix = '', includeSubdomains = true): Site => ({ id, host, includeSubdomains, pathPrefix, label: '' });

describe('hostMatches', () => {
  const withSubs = { host: 'example.com', includeSubdomains: true };
  const exact = { host: 'example.com', includeSubdomains: false };

  it.each([
    // hostname, with subdomains, without subdomains
    ['example.com', true, true],
    ['EXAMPLE.COM', true, true],
    ['example.com.', true, true],
    ['www.example.com', true, false],
    ['a.b.example.com', true, false],
    ['News.Example.Com', true, false],
    ['evilexample.com', false, false],
    ['example.com.evil.net', false, false],
    ['example.co', false, false],
    ['xample.com', false, false],
    ['com', false, false],
    ['notexample.com', false, false],
    ['wwwexample.com', false, false],
    ['', false, false],
  ])('%j -> subdomains on: %s, off: %s', (hostname, on, off) => {
    expect(hostMatches(withSubs, hostname)).toBe(on);
    expect(hostMatches(exact, hostname)).toBe(off);
  });

  it('a subdomain site does not cover its parent', () => {
    expect(hostMatches({ host: 'news.example.com', includeSubdomains: true }, 'example.com')).toBe(false);
    expect(hostMatches({ host: 'news.example.com', includeSubdomains: true }, 'sport.example.com')).toBe(false);
    expect(hostMatches({ host: 'news.example.com', includeSubdomains: true }, 'live.news.example.com')).toBe(true);
  });

  it('IP addresses match exactly and never as a "subdomain"', () => {
    expect(hostMatches({ host: '10.0.0.1', includeSubdomains: true }, '10.0.0.1')).toBe(true);
    expect(hostMatches({ host: '0.0.1', includeSubdomains: false }, '10.0.0.1')).toBe(false);
    expect(hostMatches({ host: '10.0.0.1', includeSubdomains: true }, '110.0.0.1')).toBe(false);
  });
});

describe('pathMatches (whole path segments)', () => {
  it.each([
    ['', '/', true],
    ['', '/anything/at/all', true],
    ['/news', '/news', true],
    ['/news', '/news/', true],
    ['/news', '/news/today', true],
    ['/news', '/news/today/more', true],
    ['/news', '/newsletter', false],
    ['/news', '/news-archive', false],
    ['/news', '/new', false],
    ['/news', '/', false],
    ['/news', '/sport/news', false],
    ['/news', '/News', false],
    ['/news/today', '/news', false],
    ['/news/today', '/news/today/1', true],
    ['/news/', '/news/today', true],
    ['/news/', '/newsletter', false],
    ['/%C3%A4', '/%C3%A4/x', true],
  ])('prefix %j, path %j -> %s', (prefix, path, expected) => {
    expect(pathMatches(prefix, path)).toBe(expected);
  });
});

describe('findSite', () => {
  const example = site('example', 'example.com');
  const news = site('news', 'example.com', '/news');
  const newsToday = site('news-today', 'example.com', '/news/today');
  const sub = site('sub', 'sub.example.com');
  const exactOnly = site('exact', 'other.org', '', false);
  const ip = site('ip', '192.168.1.10');
  const local = site('local', 'localhost', '/app');
  const all = [example, news, newsToday, sub, exactOnly, ip, local];

  it.each([
    ['https://example.com/', 'example'],
    ['http://example.com', 'example'],
    ['https://www.example.com/about', 'example'],
    ['https://example.com/newsletter', 'example'],
    ['https://example.com/news', 'news'],
    ['https://example.com/news/', 'news'],
    ['https://example.com/news/world?x=1#y', 'news'],
    ['https://example.com/news/today', 'news-today'],
    ['https://example.com/news/today/42', 'news-today'],
    ['https://sub.example.com/news', 'sub'],
    ['https://deep.sub.example.com/', 'sub'],
    ['https://EXAMPLE.com:8080/news', 'news'],
    ['https://example.com./news', 'news'],
    ['https://other.org/page', 'exact'],
    ['https://www.other.org/page', undefined],
    ['https://evilexample.com/news', undefined],
    ['https://example.com.evil.net/', undefined],
    ['http://192.168.1.10:8080/', 'ip'],
    ['http://localhost:3000/app/x', 'local'],
    ['http://localhost:3000/application', undefined],
    ['https://nothing.test/', undefined],
  ])('%s -> %s', (url, id) => {
    expect(findSite(all, url)?.id).toBe(id);
  });

  it('the most specific site wins whatever the order of the list', () => {
    const url = 'https://sub.example.com/news/today';
    const sites = [news, sub, example, newsToday];
    expect(findSite(sites, url)?.id).toBe('sub');
    expect(findSite([...sites].reverse(), url)?.id).toBe('sub');
    const paths = [example, newsToday, news];
    expect(findSite(paths, 'https://example.com/news/today/x')?.id).toBe('news-today');
    expect(findSite([...paths].reverse(), 'https://example.com/news/today/x')?.id).toBe('news-today');
  });

  it('keeps the first of two equally specific sites', () => {
    const a = site('a', 'example.com', '/news');
    const b = site('b', 'example.com', '/news', false);
    expect(findSite([a, b], 'https://example.com/news')?.id).toBe('a');
    expect(findSite([b, a], 'https://example.com/news')?.id).toBe('b');
  });

  it('accepts a URL object', () => {
    expect(findSite(all, new URL('https://example.com/news/x'))?.id).toBe('news');
  });

  it.each([
    'ftp://example.com/news',
    'file:///example.com/news',
    'chrome://example.com/',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,example.com',
    'blob:https://example.com/0f3c',
    'view-source:https://example.com/',
  ])('never matches the non-web URL %s', (url) => {
    expect(findSite(all, url)).toBeUndefined();
  });

  it.each(['', 'example.com', 'not a url', '//example.com/'])('returns undefined for the unparseable %j', (url) => {
    expect(findSite(all, url)).toBeUndefined();
  });

  it('returns undefined with no sites', () => {
    expect(findSite([], 'https://example.com/')).toBeUndefined();
  });
});

describe('originPatterns', () => {
  it.each([
    ['example.com', true, ['*://example.com/*', '*://*.example.com/*']],
    ['example.com', false, ['*://example.com/*']],
    ['xn--bcher-kva.de', true, ['*://xn--bcher-kva.de/*', '*://*.xn--bcher-kva.de/*']],
    ['localhost', true, ['*://localhost/*', '*://*.localhost/*']],
    ['192.168.1.10', true, ['*://192.168.1.10/*']],
    ['192.168.1.10', false, ['*://192.168.1.10/*']],
    ['127.0.0.1', true, ['*://127.0.0.1/*']],
  ])('%s (subdomains %s) -> %j', (host, subs, expected) => {
    expect(originPatterns(host, subs)).toEqual(expected);
  });

  it('treats a name that only starts with digits as a host, not an IP', () => {
    expect(originPatterns('1.2.3.example', true)).toEqual(['*://1.2.3.example/*', '*://*.1.2.3.example/*']);
  });
});

describe('sitePatterns', () => {
  it('is empty for no sites', () => {
    expect(sitePatterns([])).toEqual([]);
  });

  it('leaves paths out, removes duplicates and sorts', () => {
    const sites = [
      site('1', 'zeta.org', '/a'),
      site('2', 'example.com', '/news'),
      site('3', 'example.com', '/sport'),
      site('4', 'example.com', '', false),
      site('5', '10.0.0.1'),
    ];
    const patterns = sitePatterns(sites);
    expect(patterns).toEqual(['*://*.example.com/*', '*://*.zeta.org/*', '*://10.0.0.1/*', '*://example.com/*', '*://zeta.org/*']);
    expect(patterns).toEqual([...patterns].sort());
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('gives the same patterns whatever the order of the sites', () => {
    const sites = [site('1', 'b.org'), site('2', 'a.org', '', false), site('3', 'c.org')];
    expect(sitePatterns(sites)).toEqual(sitePatterns([...sites].reverse()));
  });
});
