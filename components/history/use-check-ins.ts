import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CheckIn, CheckIns } from '../../lib/history/checkins';
import { checkInHistory } from '../../lib/history/idb-storage';

export interface CheckInsState {
  /** null while loading. */
  list: CheckIn[] | null;
  error: string;
  history: CheckIns;
  reload: () => Promise<void>;
}

let shared: CheckIns | undefined;

/** One history per page, opened on first use. */
export const sharedCheckIns = (): CheckIns => (shared ??= checkInHistory());

/**
 * The check-in history for an extension page. Each load first removes check-ins older than the
 * person's retention setting, so nothing is kept longer than they chose.
 */
export function useCheckIns(retentionDays: number, history: CheckIns = sharedCheckIns()): CheckInsState {
  const [list, setList] = useState<CheckIn[] | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    try {
      await history.prune(retentionDays);
      setList(await history.list());
      setError('');
    } catch {
      setList([]);
      setError('Your check-ins could not be read on this device just now.');
    }
  }, [history, retentionDays]);
  useEffect(() => void reload(), [reload]);
  return { list, error, history, reload };
}
