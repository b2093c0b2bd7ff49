import { useCallback, useEffect, useState } from 'preact/hooks';
import { learningOn } from '../../lib/exercises/helped';
import type { CheckIn, CheckIns } from '../../lib/history/checkins';
import { checkInHistory } from '../../lib/history/idb-storage';
import { t } from '../../lib/i18n';

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
      setError(t('history.readFailed'));
    }
  }, [history, retentionDays]);
  useEffect(() => void reload(), [reload]);
  return { list, error, history, reload };
}

/**
 * The check-ins "what helped" learns from: read once, and only while the person keeps check-ins and
 * has left learning on; null otherwise (or until read, or when they cannot be read).
 */
export function useLearnFrom(exercises: { checkIns: boolean; learnFromCheckIns: boolean } | undefined, history: () => CheckIns = sharedCheckIns): CheckIn[] | null {
  const on = exercises ? learningOn(exercises) : false;
  const [list, setList] = useState<CheckIn[] | null>(null);
  useEffect(() => {
    if (!on) return setList(null);
    let live = true;
    history()
      .list()
      .then((l) => live && setList(l), () => live && setList(null));
    return () => {
      live = false;
    };
  }, [on]);
  return on ? list : null;
}
