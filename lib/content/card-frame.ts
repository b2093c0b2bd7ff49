import { CARD_PAGE, type CardCommand, type CardHandshake, type CardOutcome, type PauseRequest } from '../pause/card-protocol';
import type { CoverMount } from '../pause/cover';

export interface CardFrame {
  /** Tells the card that the browser's Esc reached the cover. */
  escape(): void;
  /** Moves keyboard focus into the card. */
  focus(): void;
}

export interface CardSource {
  /** The card page's address (runtime.getURL: in Chrome a per-session dynamic URL, so a page cannot probe for Steady). */
  url: (path: string) => string;
  /** The origin the card's document has once loaded: Chrome loads a dynamic URL under the extension's own id. */
  origin: string;
}

/**
 * Puts the card (an extension page) in a frame inside the cover and hands it the request over a
 * private port. The handshake is addressed to the extension's origin only, so a frame the page
 * managed to navigate elsewhere receives nothing. Every load of the frame gets a fresh handshake.
 */
export function showCardFrame(mount: CoverMount, request: PauseRequest, onOutcome: (outcome: CardOutcome) => void, source: CardSource): CardFrame {
  const doc = mount.dialog.ownerDocument;
  // randomUUID needs a secure context; plain http pages have getRandomValues only.
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  const url = new URL(source.url(CARD_PAGE));
  const frame = doc.createElement('iframe');
  frame.title = 'Steady';
  frame.src = `${url.href}#${nonce}`;
  let port: MessagePort | null = null;
  frame.addEventListener('load', () => {
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (event: MessageEvent<CardOutcome>) => onOutcome(event.data);
    const handshake: CardHandshake = { nonce, request };
    frame.contentWindow?.postMessage(handshake, source.origin, [channel.port2]);
  });
  mount.dialog.replaceChildren(frame);
  return {
    escape: () => port?.postMessage({ type: 'escape' } satisfies CardCommand),
    focus: () => frame.focus(),
  };
}
