import { afterEach, describe, expect, it } from 'vitest';
import { awaitCardLink, type CardLink } from '../../lib/pause/card-link';
import { isHandshake, type CardCommand, type CardOutcome, type PauseRequest } from '../../lib/pause/card-protocol';

// The card's end of the handshake, with a fake window (its listeners and its URL fragment) and a
// real MessageChannel for the private port.

const NONCE = '0123456789abcdef0123456789abcdef';
const REQUEST: PauseRequest = { key: 'site1', label: 'News', kind: 'site' };

function fakeWindow(hash = `#${NONCE}`) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    location: { hash },
    addEventListener: (type: string, fn: (event: MessageEvent) => void) => type === 'message' && listeners.add(fn),
    removeEventListener: (type: string, fn: (event: MessageEvent) => void) => type === 'message' && listeners.delete(fn),
  };
  /** A message as the browser delivers it to the card's window. */
  const post = (data: unknown, ports: MessagePort[] = []) => {
    for (const fn of [...listeners]) fn({ data, ports } as unknown as MessageEvent);
  };
  return { win: win as unknown as Window, post, listeners };
}

const channels: MessageChannel[] = [];
const channel = () => {
  const made = new MessageChannel();
  channels.push(made);
  return made;
};
afterEach(() => {
  for (const { port1, port2 } of channels.splice(0)) {
    port1.close();
    port2.close();
  }
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 10));
/** Whether the promise has settled by now. */
async function settled(promise: Promise<unknown>) {
  let done = false;
  void promise.then(() => (done = true));
  await tick();
  return done;
}
const nextMessage = (port: MessagePort) => new Promise<unknown>((resolve) => (port.onmessage = (event) => resolve(event.data)));

describe('awaitCardLink', () => {
  it('links on a handshake that carries the nonce from the card’s URL and a port', async () => {
    const { win, post, listeners } = fakeWindow();
    const linking = awaitCardLink(win);
    const { port1, port2 } = channel();
    post({ nonce: NONCE, request: REQUEST }, [port2]);
    const link = await linking;
    expect(link.request).toEqual(REQUEST);
    // It stops listening once linked.
    expect(listeners.size).toBe(0);

    // Card -> page script over the port.
    const received = nextMessage(port1);
    link.send({ type: 'continue' } satisfies CardOutcome);
    expect(await received).toEqual({ type: 'continue' });

    // Page script -> card over the port.
    const commands: CardCommand[] = [];
    link.onCommand((command) => commands.push(command));
    port1.postMessage({ type: 'escape' } satisfies CardCommand);
    await tick();
    expect(commands).toEqual([{ type: 'escape' }]);
  });

  it('ignores a handshake without a port', async () => {
    const { win, post } = fakeWindow();
    const linking = awaitCardLink(win);
    post({ nonce: NONCE, request: REQUEST });
    expect(await settled(linking)).toBe(false);
    // A proper one still links.
    post({ nonce: NONCE, request: REQUEST }, [channel().port2]);
    expect(await settled(linking)).toBe(true);
  });

  it.each([
    ['a wrong nonce', { nonce: 'ffffffffffffffffffffffffffffffff', request: REQUEST }],
    ['no nonce', { request: REQUEST }],
    ['the nonce as a prefix', { nonce: NONCE.slice(0, 16), request: REQUEST }],
    ['no request', { nonce: NONCE }],
    ['a request of another kind', { nonce: NONCE, request: { ...REQUEST, kind: 'other' } }],
    ['a request without a label', { nonce: NONCE, request: { key: 'a', kind: 'site' } }],
    ['a string', NONCE],
    ['null', null],
  ])('ignores a message with %s, even with a port (a page posting into the frame)', async (_label, data) => {
    const { win, post, listeners } = fakeWindow();
    const linking = awaitCardLink(win);
    post(data, [channel().port2]);
    expect(await settled(linking)).toBe(false);
    expect(listeners.size).toBe(1);
  });

  it('never links when its URL has no nonce, or one too short to be a secret', async () => {
    for (const hash of ['', '#', '#abc']) {
      const { win, post } = fakeWindow(hash);
      const linking = awaitCardLink(win);
      post({ nonce: hash.slice(1), request: REQUEST }, [channel().port2]);
      expect(await settled(linking)).toBe(false);
    }
  });

  it('keeps the first port: a later handshake cannot take the card over', async () => {
    const { win, post } = fakeWindow();
    const linking = awaitCardLink(win);
    const first = channel();
    post({ nonce: NONCE, request: REQUEST }, [first.port2]);
    const link: CardLink = await linking;
    const second = channel();
    post({ nonce: NONCE, request: { ...REQUEST, label: 'Other' } }, [second.port2]);
    expect(link.request.label).toBe('News');
    const received = nextMessage(first.port1);
    let stolen = false;
    second.port1.onmessage = () => (stolen = true);
    link.send({ type: 'ready' });
    expect(await received).toEqual({ type: 'ready' });
    await tick();
    expect(stolen).toBe(false);
  });
});

describe('isHandshake', () => {
  it('needs a nonce of at least 16 characters on the card’s side', () => {
    expect(isHandshake({ nonce: 'a'.repeat(16), request: REQUEST }, 'a'.repeat(16))).toBe(true);
    expect(isHandshake({ nonce: 'a'.repeat(15), request: REQUEST }, 'a'.repeat(15))).toBe(false);
  });
});
