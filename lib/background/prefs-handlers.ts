import type { ExtensionPageMessages } from '../messages/protocol';
import type { PrefsKeeper } from '../prefs/keeper';
import { isListOp } from '../prefs/list-ops';
import type { Handlers } from './router';

/** The background's answers to Steady's own pages, kept apart from registration so tests can call them. */
export function prefsHandlers(keeper: PrefsKeeper): Omit<Handlers<ExtensionPageMessages>, 'leavePage' | 'cardWords' | 'cardRecording'> {
  return {
    getPrefs: () => keeper.get(),
    updatePrefs: (patch) => keeper.update(patch ?? {}),
    editList: (op) => (isListOp(op) ? keeper.edit(op) : Promise.resolve({ ok: false as const, error: 'Nothing was changed. The change was not understood.', note: { code: 'keeper.notUnderstood' as const } })),
    resetPrefs: () => keeper.reset(),
    eraseSettings: () => keeper.eraseAll(),
    exportSettings: () => keeper.exportSettings(),
    importSettings: (text) =>
      typeof text === 'string'
        ? keeper.importSettings(text)
        : Promise.resolve({ ok: false as const, error: 'Nothing was changed. No file contents were received.' }),
    getBackups: () => keeper.backups(),
    dismissRepairNotice: () => keeper.dismissNotices(),
  };
}
