import type { Note } from '../i18n/note';

/** Where the background leaves its latest word on sync for the options page (storage.local). */
export const SYNC_STATUS_KEY = 'syncStatus';

export type SyncState = 'off' | 'on' | 'too-large' | 'refused' | 'newer-elsewhere';

/**
 * What the options page shows under the sync switch. It is stored, so it is kept as a Note (said in
 * the language of whichever page shows it) with its English `message` beside it: a status an older
 * Steady stored as text alone still shows.
 */
export interface SyncStatus {
  state: SyncState;
  message: string;
  note?: Note;
  at: number;
}
