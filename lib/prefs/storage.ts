import type { Prefs } from './schema';
import type { Note } from '../i18n/note';

/** The slice of a browser.storage area that preferences need; injectable for tests. */
export interface KeyValueArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const PREFS_KEY = 'prefs';
export const BACKUPS_KEY = 'prefsBackups';
/** When each setting and list entry last changed on this device (lib/sync/split.ts). */
export const STAMPS_KEY = 'prefsStamps';
export const MAX_BACKUPS = 5;
/** The background's word index for page scripts (lib/words/word-index.ts), kept where the session state is. */
export const WORD_INDEX_KEY = 'wordIndex';

/** 'synced': the copy from before sync first brought another device's settings in, or removed an entry. */
export type BackupReason = 'repaired' | 'unknown-version' | 'migrated' | 'reset' | 'imported' | 'synced';

/** A copy of the store as it was before Steady had to change it without being asked field by field. */
export interface PrefsBackup {
  savedAt: string;
  reason: BackupReason;
  /** Fields that had to fall back to defaults (for 'repaired'). */
  repaired: string[];
  original: unknown;
  /** Shown on the options page until the person dismisses it. */
  notice: boolean;
}

/**
 * A write's outcome. A refusal carries its English text and, where the background can say it as a
 * catalogue key, a `note` the page shows in the person's language instead (lib/i18n/say-note.ts).
 */
export type PrefsResult = { ok: true; prefs: Prefs } | { ok: false; error: string; note?: Note };
