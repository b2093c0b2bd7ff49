/** Where the background leaves its latest word on sync for the options page (storage.local). */
export const SYNC_STATUS_KEY = 'syncStatus';

export type SyncState = 'off' | 'on' | 'too-large' | 'refused' | 'newer-elsewhere';

/** What the options page shows under the sync switch; `message` is in the person's terms. */
export interface SyncStatus {
  state: SyncState;
  message: string;
  at: number;
}
