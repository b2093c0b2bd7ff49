import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { peopleWordsReader, type KeyValueStore, type PeopleWordsReader, type WordsStorage } from './entries';

/** One idb-keyval store, opened on first use, so a page that never shows these words never touches IndexedDB. */
function lazyStore(db: string, name: string): KeyValueStore {
  let store: UseStore | undefined;
  const open = () => (store ??= createStore(db, name));
  return {
    entries: () => entries(open()),
    get: (key) => get(key, open()),
    set: (key, value) => set(key, value, open()),
    del: (key) => del(key, open()),
    clear: () => clear(open()),
  };
}

/**
 * Words from my people in IndexedDB on the extension's own origin: popup, options and the pause
 * card's own frame (an extension page), never a content script, whose IndexedDB is the website's.
 * The recordings are a database of their own, so listing who has left words never opens them.
 */
export const wordsStorageOnDevice = (): WordsStorage => ({ entries: lazyStore('steady-words', 'entries'), recordings: lazyStore('steady-recordings', 'recordings') });

/** The background only reads (for the pause card), so it loads no checks and no words of Steady's. */
export const peopleWordsReaderOnDevice = (): PeopleWordsReader => peopleWordsReader(wordsStorageOnDevice());
