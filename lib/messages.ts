import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DeepPartial } from './prefs/patch';
import type { Prefs } from './prefs/schema';
import type { SnoozeLength } from './background/pause-session-store';
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
  // From the pause card (content script). The page never sees these.
  pauseShown(data: { siteId: string }): void;
  pauseContinued(data: { siteId: string }): void;
  snoozeSite(data: { siteId: string; length: SnoozeLength }): void;
  getPauseSession(): unknown;
  /** The person chose "Leave this page" and there is no page to go back to. */
  leavePage(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
