import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PeopleWords, WordsEntry } from '../../lib/people-words/words';

export interface PeopleWordsState {
  /** null while loading. */
  entries: WordsEntry[] | null;
  error: string;
  /** null until the store is open. */
  store: PeopleWords | null;
  reload: () => Promise<void>;
}

let shared: Promise<PeopleWords> | undefined;

/** The device's store, opened once per page and only when a page asks for it (its module loads then too). */
export const openPeopleWords = (): Promise<PeopleWords> =>
  (shared ??= import('../../lib/people-words/on-device').then((m) => m.peopleWordsOnDevice()));

/** The list of words from the person's people, for an extension page; `open` is injectable for tests. */
export function usePeopleWords(open: () => Promise<PeopleWords> = openPeopleWords): PeopleWordsState {
  const [entries, setEntries] = useState<WordsEntry[] | null>(null);
  const [store, setStore] = useState<PeopleWords | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    try {
      const opened = await open();
      setStore(() => opened);
      setEntries(await opened.list());
      setError('');
    } catch {
      setEntries([]);
      setError(t('peopleWords.readFailed'));
    }
  }, [open]);
  useEffect(() => void reload(), [reload]);
  return { entries, error, store, reload };
}
