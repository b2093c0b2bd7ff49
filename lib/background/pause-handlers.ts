import type { ProtocolMap } from '../messages';
import type { PauseSessionStore } from './pause-session-store';

export interface SenderTab {
  id?: number;
  index: number;
  windowId?: number;
}

interface Sender {
  tab?: SenderTab;
}

export interface PauseHandlerDeps {
  session: PauseSessionStore;
  /** Puts the person's own new-tab page where the given tab is. */
  replaceWithNewTab: (tab: SenderTab & { id: number }) => Promise<unknown>;
}

/** The background's answers to the pause card. Nothing here acts unless the person chose it. */
export function pauseHandlers({ session, replaceWithNewTab }: PauseHandlerDeps) {
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
      const tab = sender.tab;
      if (tab?.id !== undefined) await replaceWithNewTab({ ...tab, id: tab.id });
    },
  };
}
