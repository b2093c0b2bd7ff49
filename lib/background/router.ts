import { isEnvelope, type DataOf, type ExtensionPageMessages, type PageScriptMessages, type Reply, type ResultOf } from '../messages/protocol';

/** Who sent a message, as the browser reports it. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; index: number; windowId?: number };
}

/** The background's answers, typed by the protocol; the router always passes the sender. */
export type Handlers<M> = {
  [K in keyof M]: DataOf<M, K> extends undefined
    ? (data?: undefined, sender?: Sender) => Promise<ResultOf<M, K>> | ResultOf<M, K>
    : (data: DataOf<M, K>, sender?: Sender) => Promise<ResultOf<M, K>> | ResultOf<M, K>;
};

export interface RouterOptions {
  extensionPages: Handlers<ExtensionPageMessages>;
  pageScripts: Handlers<PageScriptMessages>;
  /** This extension's id and origin (`chrome-extension://id/`, `moz-extension://uuid/`). */
  extensionId: string;
  extensionOrigin: string;
}

/**
 * The background's one message listener. A message from a page script (its sender's URL is a
 * website) may only ask for pause state; preferences answer only Steady's own pages.
 */
export function createRouter({ extensionPages, pageScripts, extensionId, extensionOrigin }: RouterOptions) {
  return (message: unknown, sender: Sender, sendResponse: (reply: Reply) => void): true | undefined => {
    if (!isEnvelope(message) || sender.id !== extensionId) return undefined;
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
    const table = (fromOwnPage ? extensionPages : pageScripts) as Record<string, (data: unknown, sender: Sender) => unknown>;
    const handler = Object.hasOwn(table, message.steady) ? table[message.steady] : undefined;
    if (!handler) {
      const who = fromOwnPage ? "Steady's pages" : 'a page script';
      sendResponse({ ok: false, error: `"${message.steady}" is not something ${who} may ask.` });
      return undefined;
    }
    Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}
