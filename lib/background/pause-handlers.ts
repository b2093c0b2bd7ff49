import type { ExtensionPageMessages, PageScriptMessages } from '../messages/protocol';
import type { PauseSessionStore } from './pause-session-store';
import type { Handlers, Sender } from './router';

export type SenderTab = NonNullable<Sender['tab']>;

export interface PauseHandlerDeps {
  session: PauseSessionStore;
  /** The checked preferences (the keeper's copy), for a page script that found another version stored. */
  checkedPrefs: Handlers<PageScriptMessages>['getCheckedPrefs'];
}

export interface LeaveDeps {
  /** The tab's own Back; rejects when there is nowhere to go back to. */
  goBack: (tabId: number) => Promise<unknown>;
  /** Puts the person's own new-tab page where the given tab is. */
  replaceWithNewTab: (tab: SenderTab & { id: number }) => Promise<unknown>;
}

/** "Leave this page" on the card: the tab goes back, as the browser's Back button would, or gets a new-tab page. */
export function leaveHandler({ goBack, replaceWithNewTab }: LeaveDeps): Handlers<ExtensionPageMessages>['leavePage'] {
  return async (_data, sender) => {
    const tab = sender?.tab;
    if (tab?.id === undefined) return;
    const id = tab.id;
    await goBack(id).catch(() => replaceWithNewTab({ ...tab, id }));
  };
}

/** The background's answers to the page scripts. Nothing here acts unless the person chose it. */
export function pauseHandlers({ session, checkedPrefs }: PauseHandlerDeps): Handlers<PageScriptMessages> {
  const keyOf = (data: { key?: unknown } | undefined) => (typeof data?.key === 'string' && data.key.length > 0 && data.key.length <= 200 ? data.key : null);
  return {
    getCheckedPrefs: checkedPrefs,
    pauseShown: async (data) => {
      const key = keyOf(data);
      if (key) await session.shown(key);
    },
    pauseContinued: async (data) => {
      const key = keyOf(data);
      if (key) await session.continued(key);
    },
    snoozePause: async (data) => {
      const key = keyOf(data);
      const length = data?.length;
      const valid = length === 'rest-of-day' || (typeof length === 'number' && Number.isInteger(length) && length >= 1 && length <= 720);
      if (key && valid) await session.snooze(key, length);
    },
  };
}
