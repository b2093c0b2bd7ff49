import type { ProtocolMap } from '../messages';
import type { PauseSessionStore } from './pause-session-store';

interface Sender {
  tab?: { id?: number };
}

export interface PauseHandlerDeps {
  session: PauseSessionStore;
  /** Shows the browser's new-tab page in the given tab. */
  openNewTabPage: (tabId: number) => Promise<unknown>;
}

/** The background's answers to the pause card. Nothing here acts unless the person chose it. */
export function pauseHandlers({ session, openNewTabPage }: PauseHandlerDeps) {
  const siteId = (data: { siteId?: unknown } | undefined) => (typeof data?.siteId === 'string' ? data.siteId : null);
  return {
    getPauseSession: () => session.read(),
    pauseShown: async (data: Parameters<ProtocolMap['pauseShown']>[0]) => {
      const id = siteId(data);
      if (id) await session.shown(id);
    },
    pauseContinued: async (data: Parameters<ProtocolMap['pauseContinued']>[0]) => {
      const id = siteId(data);
      if (id) await session.continued(id);
    },
    snoozeSite: async (data: Parameters<ProtocolMap['snoozeSite']>[0]) => {
      const id = siteId(data);
      const length = data?.length;
      const valid = length === 'rest-of-day' || (typeof length === 'number' && length >= 1 && length <= 720);
      if (id && valid) await session.snooze(id, length);
    },
    leavePage: async (_data: undefined, sender: Sender) => {
      if (sender.tab?.id !== undefined) await openNewTabPage(sender.tab.id);
    },
  };
}
