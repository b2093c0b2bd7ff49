import * as v from 'valibot';
import { HostSchema } from '../prefs/schema';

export type ParsedSite =
  | { ok: true; host: string; includeSubdomains: boolean; pathPrefix: string }
  | { ok: false; error: string };

/**
 * Understands what a person types or pastes: `example.com`, `*.example.com`, `www.example.com`,
 * `example.com/news`, a full URL, or an international name (stored as its ASCII form).
 */
export function parseSiteInput(input: string): ParsedSite {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Please enter a site, like example.com.' };
  if (/\s/.test(text)) return { ok: false, error: 'A site name has no spaces. Try something like example.com.' };

  const includeSubdomains = true;
  let rest = text;
  if (rest.startsWith('*.')) rest = rest.slice(2);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(rest) ? rest : `https://${rest}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `“${text}” doesn't look like a site. Try something like example.com.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: 'Steady can pause on web sites only (addresses that start with http or https).' };
  }
  let host = url.hostname.replace(/\.$/, '');
  // "www." is almost never what a person means to single out: cover the whole site.
  if (host.startsWith('www.')) host = host.slice(4);
  if (!v.is(HostSchema, host) || !host.includes('.') && host !== 'localhost') {
    return { ok: false, error: `“${text}” doesn't look like a site. Try something like example.com.` };
  }
  const pathPrefix = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
  return { ok: true, host, includeSubdomains, pathPrefix };
}
