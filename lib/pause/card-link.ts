import { isHandshake, type CardCommand, type CardOutcome, type PauseRequest } from './card-protocol';

export interface CardLink {
  request: PauseRequest;
  send(outcome: CardOutcome): void;
  onCommand(listener: (command: CardCommand) => void): void;
}

/**
 * The card's end of the handshake: the first message that carries the secret from the card's own
 * URL (its fragment, which only the page script that built the frame knows) and a port. Anything
 * else, such as a page posting into the frame, is ignored.
 */
export function awaitCardLink(win: Window): Promise<CardLink> {
  const nonce = win.location.hash.slice(1);
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const port = event.ports[0];
      if (!port || !isHandshake(event.data, nonce)) return;
      win.removeEventListener('message', onMessage);
      const listeners: Array<(command: CardCommand) => void> = [];
      port.onmessage = (message: MessageEvent<CardCommand>) => {
        for (const listener of listeners) listener(message.data);
      };
      resolve({
        request: event.data.request,
        send: (outcome) => port.postMessage(outcome),
        onCommand: (listener) => void listeners.push(listener),
      });
    };
    win.addEventListener('message', onMessage);
  });
}
