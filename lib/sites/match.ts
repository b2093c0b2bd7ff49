import type { Site } from '../prefs/schema';

const IP = /^\d+(\.\d+){3}$/;

export function hostMatches(site: Pick<Site, 'host' | 'includeSubdomains'>, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === site.host || (site.includeSubdomains && host.endsWith(`.${site.host}`));
}

/** A path prefix matches whole segments: `/news` covers `/news` and `/news/today`, not `/newsletter`. */
export function pathMatches(pathPrefix: string, pathname: string): boolean {
  if (!pathPrefix) return true;
  return pathname === pathPrefix || pathname.startsWith(pathPrefix.endsWith('/') ? pathPrefix : `${pathPrefix}/`);
}

/** The configured site for a URL; the most specific one (longest host, then longest path) wins. */
export function findSite(sites: readonly Site[], url: string | URL): Site | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  let best: Site | undefined;
  for (const site of sites) {
    if (!hostMatches(site, parsed.hostname) || !pathMatches(site.pathPrefix, parsed.pathname)) continue;
    if (!best || site.host.length > best.host.length || (site.host === best.host && site.pathPrefix.length > best.pathPrefix.length)) best = site;
  }
  return best;
}

/**
 * Match patterns for a host: what the script is registered on and the permission asked for.
 * Paths are left out on purpose so that single-page-app navigation into a paused path is seen.
 */
export function originPatterns(host: string, includeSubdomains: boolean): string[] {
  const patterns = [`*://${host}/*`];
  if (includeSubdomains && !IP.test(host)) patterns.push(`*://*.${host}/*`);
  return patterns;
}

export function sitePatterns(sites: readonly Pick<Site, 'host' | 'includeSubdomains'>[]): string[] {
  return [...new Set(sites.flatMap((s) => originPatterns(s.host, s.includeSubdomains)))].sort();
}
