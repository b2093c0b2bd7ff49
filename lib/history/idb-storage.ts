import { clear, createStore, delMany, entries, set, type UseStore } from 'idb-keyval';
import { createCheckIns, type CheckIns, type CheckInStorage } from './checkins';

let store: UseStore | undefined;

/**
 * Check-ins in IndexedDB on the extension's own origin. Call only from extension pages (popup,
 * options): a content script would open the website's database instead.
 */
export function idbCheckInStorage(): CheckInStorage {
  // Opened on first use, so a page that never shows history never touches IndexedDB.
  const db = () => (store ??= createStore('steady-history', 'check-ins'));
  return {
    entries: () => entries(db()),
    set: (key, value) => set(key, value, db()),
    delMany: (keys) => delMany(keys, db()),
    clear: () => clear(db()),
  };
}

export const checkInHistory = (): CheckIns => createCheckIns(idbCheckInStorage());
