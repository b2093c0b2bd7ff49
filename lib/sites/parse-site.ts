import * as v from 'valibot';
import { HostSchema } from '../prefs/schema';
import { t } from '../i18n';

export type ParsedSite =
  | { ok: true; host: string; includeSubdomains: boolean; pathPrefix: string }
  | { ok: false; error: string };

/**
 * Understands what a person types or pastes: `example.com`, `*.example.com`, `www.example.com`,
 * `example.com/news`, a full URL, or an international name (stored as its ASCII form).
 */
export function parseSiteInput(input: string, { includeSubdomains = true } = {}): ParsedSite {
  const text = input.trim();
  const notASite: ParsedSite = { ok: false, error: t('site.notASite', { text }) };
  const webOnly: ParsedSite = { ok: false, error: t('site.webOnly') };
  if (!text) return { ok: false, error: t('site.empty') };
  if (/\s/.test(text)) return { ok: false, error: t('site.spaces') };

  let rest = text;
  if (rest.startsWith('*.')) rest = rest.slice(2);
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(rest);
  // "localhost:abc", "example.com:80x": a site name with something after the colon that is not a port.
  const port = (hasScheme ? rest.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '') : rest).match(/^([a-z0-9.-]+):([^/?#]*)/i);
  if (port && (port[1]!.includes('.') || port[1]!.toLowerCase() === 'localhost')) {
    const digits = port[2]!;
    if (digits !== '' && !/^\d+$/.test(digits)) {
      return { ok: false, error: t('site.portNotNumber', { digits }) };
    }
    if (Number(digits) > 65535) return { ok: false, error: t('site.portTooLarge', { digits }) };
  }
  // "mailto:…", "javascript:…": a scheme without "//" (but not "example.com:8080").
  if (!hasScheme && /^[a-z][a-z0-9+.-]*:(?!\d+(\/|$))/i.test(rest)) return webOnly;
  const withScheme = hasScheme ? rest : `https://${rest}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return notASite;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return webOnly;
  let host = url.hostname.replace(/\.$/, '');
  // The URL parser turns "1234" or "0x7f.1" into an IP address; accept only an IP that was typed as one.
  if (/^\d+(\.\d+){3}$/.test(host) && !rest.toLowerCase().includes(host)) return notASite;
  // "www." is almost never what a person means to single out: with subdomains, cover the whole site.
  if (includeSubdomains && host.startsWith('www.')) host = host.slice(4);
  if (!v.is(HostSchema, host) || (!host.includes('.') && host !== 'localhost')) return notASite;
  const pathPrefix = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
  return { ok: true, host, includeSubdomains, pathPrefix };
}
