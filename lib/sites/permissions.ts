import { browser } from 'wxt/browser';
import { originPatterns } from './match';

/**
 * Asks for one site's host permission. Call it first thing in a click handler: browsers only show
 * the prompt during the person's own gesture.
 */
export function requestSiteAccess(host: string, includeSubdomains: boolean): Promise<boolean> {
  return browser.permissions.request({ origins: originPatterns(host, includeSubdomains) });
}

export function hasSiteAccess(host: string, includeSubdomains: boolean): Promise<boolean> {
  return browser.permissions.contains({ origins: originPatterns(host, includeSubdomains) });
}

export async function releaseSiteAccess(origins: string[]): Promise<void> {
  if (origins.length > 0) await browser.permissions.remove({ origins }).catch(() => false);
}

/** Asks for several origins at once (a word list's sites, or every site). Same gesture rule as above. */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return origins.length === 0 ? Promise.resolve(true) : browser.permissions.request({ origins });
}
