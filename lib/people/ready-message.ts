/**
 * A person's ready message, filled into their link so their messages app opens with the words
 * already there. Steady only builds the link; the person still presses send in their own app.
 *
 * Which links can carry text:
 * - sms: takes a `body` (RFC 5724), mailto: a `body` (RFC 6068);
 * - WhatsApp's click-to-chat links (wa.me/<number>, api.whatsapp.com/send?phone=…) take `text`;
 * - Telegram's public username and phone links (t.me/<name>, t.me/+<number>) take `text`
 *   (core.telegram.org/api/links).
 * A call (tel:) and any other https link cannot: the link is offered as it is.
 */

export type Carrier = 'sms' | 'email' | 'whatsapp' | 'telegram';

/** Which way this link would carry a message, or null if it cannot. */
export function messageCarrier(link: string): Carrier | null {
  const scheme = /^([a-z]+):/i.exec(link)?.[1]?.toLowerCase();
  if (scheme === 'sms') return 'sms';
  if (scheme === 'mailto') return 'email';
  if (scheme !== 'https') return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host === 'wa.me' && /^\/\d{6,15}\/?$/.test(url.pathname)) return 'whatsapp';
  if (host === 'api.whatsapp.com' && url.pathname === '/send' && url.searchParams.has('phone')) return 'whatsapp';
  // A username (5–32 letters, digits, underscores) or +phone; not t.me/share, t.me/joinchat and the like.
  const reserved = /^\/(share|joinchat|addstickers|addemoji|addlist|proxy|socks|login|setlanguage|c)\b/i;
  if ((host === 't.me' || host === 'telegram.me') && !reserved.test(url.pathname) && /^\/(\+\d{6,15}|[A-Za-z][A-Za-z0-9_]{4,31})\/?$/.test(url.pathname)) {
    return 'telegram';
  }
  return null;
}

/** The link to open: with the message filled in where the link can carry it, otherwise as it is. */
export function linkWithMessage(link: string, message: string | undefined): string {
  const text = message?.trim();
  const carrier = messageCarrier(link);
  if (!text || !carrier) return link;
  if (carrier === 'sms' || carrier === 'email') {
    const [target, query = ''] = splitOnce(link, '?');
    // Anything the person put in the link besides a body (a subject, say) is kept; their message replaces a body.
    const kept = query.split('&').filter((part) => part && !/^body=/i.test(part));
    return `${target}?${[...kept, `body=${encodeURIComponent(text)}`].join('&')}`;
  }
  const url = new URL(link);
  url.searchParams.set('text', text);
  return url.toString();
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
