import type { Prefs, Site } from '../prefs/schema';
import { originPatterns, sitePatterns } from './match';
import type { ParsedSite } from './parse-site';

type Parsed = Extract<ParsedSite, { ok: true }>;

export function newSite(parsed: Parsed, label: string, id: string = crypto.randomUUID()): Site {
  return { id, host: parsed.host, includeSubdomains: parsed.includeSubdomains, pathPrefix: parsed.pathPrefix, label: label.trim() };
}

export function findDuplicate(sites: readonly Site[], candidate: Pick<Site, 'host' | 'pathPrefix'>): Site | undefined {
  return sites.find((s) => s.host === candidate.host && s.pathPrefix === candidate.pathPrefix);
}

/** Host permissions to hand back after `removed` goes: those no remaining site or word list still needs. */
export function permissionsToRelease(removed: Site, after: Pick<Prefs, 'sites' | 'triggers'>): string[] {
  const stillUsed = new Set([
    ...sitePatterns(after.sites),
    ...after.triggers.flatMap((t) => (t.everySite ? [] : t.hosts.flatMap((h) => originPatterns(h, true)))),
  ]);
  return originPatterns(removed.host, removed.includeSubdomains).filter((p) => !stillUsed.has(p));
}
