import type { SnoozeLength } from '../background/pause-session-store';

/**
 * What the page script and the card (an extension page in a frame inside the cover) say to each
 * other, over a MessageChannel the page script hands the frame. The page's own scripts can neither
 * see nor send these: the port is transferred straight into the extension-origin frame, which
 * accepts the first handshake that carries the secret from its own URL, and no other.
 */
export interface PauseRequest {
  /** Session key: a site id, or a word list on this host. */
  key: string;
  /** The person's own label ('' when they gave none). */
  label: string;
  kind: 'site' | 'words';
  /** When the gentle wait for this key began (kept across reloads so it never restarts). */
  waitStartedAt?: number;
}

export interface CardHandshake {
  nonce: string;
  request: PauseRequest;
}

/** Card -> page script. */
export type CardOutcome = { type: 'ready' } | { type: 'continue' } | { type: 'snooze'; length: SnoozeLength };

/** Page script -> card: the browser's Esc reached the cover instead of the card. */
export type CardCommand = { type: 'escape' };

export const CARD_PAGE = '/card.html';

export function isHandshake(value: unknown, nonce: string): value is CardHandshake {
  if (typeof value !== 'object' || value === null) return false;
  const { nonce: sent, request } = value as Partial<CardHandshake>;
  return (
    typeof nonce === 'string' &&
    nonce.length >= 16 &&
    sent === nonce &&
    typeof request === 'object' &&
    request !== null &&
    typeof request.key === 'string' &&
    typeof request.label === 'string' &&
    (request.kind === 'site' || request.kind === 'words')
  );
}
