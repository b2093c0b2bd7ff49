import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DeepPartial } from './prefs/patch';
import type { Prefs } from './prefs/schema';
import type { PrefsBackup, PrefsResult } from './prefs/storage';

/**
 * The one message protocol. Popup, options and content scripts send; the background answers.
 * Preferences are only ever written through these messages.
 */
export interface ProtocolMap {
  getPrefs(): Prefs;
  updatePrefs(patch: DeepPartial<Prefs>): PrefsResult;
  resetPrefs(): PrefsResult;
  exportSettings(): string;
  importSettings(text: string): PrefsResult;
  getBackups(): PrefsBackup[];
  dismissRepairNotice(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
