import type { ProtocolMap } from '../messages';
import type { PrefsKeeper } from '../prefs/keeper';

type Handlers<K extends keyof ProtocolMap> = {
  [P in K]: (data: Parameters<ProtocolMap[P]>[0]) => Promise<ReturnType<ProtocolMap[P]>>;
};

export type PrefsMessage =
  | 'getPrefs'
  | 'updatePrefs'
  | 'resetPrefs'
  | 'exportSettings'
  | 'importSettings'
  | 'getBackups'
  | 'dismissRepairNotice';

/** The background's answers to preference messages, kept apart from registration so tests can call them. */
export function prefsHandlers(keeper: PrefsKeeper): Handlers<PrefsMessage> {
  return {
    getPrefs: () => keeper.get(),
    updatePrefs: (patch) => keeper.update(patch ?? {}),
    resetPrefs: () => keeper.reset(),
    exportSettings: () => keeper.exportSettings(),
    importSettings: (text) =>
      typeof text === 'string'
        ? keeper.importSettings(text)
        : Promise.resolve({ ok: false as const, error: 'Nothing was changed. No file contents were received.' }),
    getBackups: () => keeper.backups(),
    dismissRepairNotice: () => keeper.dismissNotices(),
  };
}
