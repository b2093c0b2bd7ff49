import { useState } from 'preact/hooks';
import { exerciseTitle as titleOf } from '../../lib/exercises/library';
import { checkInsFile, checkInsFileName, wouldErase, type CheckIns } from '../../lib/history/checkins';
import { downloadText } from '../../lib/ui/download';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { Toggle } from '../fields/Toggle';
import { CheckInChart } from '../history/CheckInChart';
import { useCheckIns } from '../history/use-check-ins';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

export interface HistorySectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
  /** Injectable for tests. */
  now?: () => number;
  history?: CheckIns;
}

const keepChoices = () => [
  { value: '30', label: t('history.days', { count: 30 }) },
  { value: '90', label: t('history.days', { count: 90 }) },
  { value: '365', label: t('history.year') },
  { value: '0', label: t('history.untilErase') },
];

export function HistorySection({ prefs, save, announce, now = Date.now, history: injected }: HistorySectionProps) {
  const { list, error, history, reload } = useCheckIns(prefs.history.retentionDays, injected);
  const [confirming, setConfirming] = useState(false);
  // A shorter time erases check-ins, so it waits for a yes; moving through the choices (arrow keys
  // go through every radio) changes nothing on its own.
  const [pending, setPending] = useState<{ days: number; erases: number } | null>(null);
  const chooseRetention = (days: number) => {
    const erases = wouldErase(list ?? [], days, now());
    if (erases === 0) {
      setPending(null);
      void save({ history: { retentionDays: days } });
    } else setPending({ days, erases });
  };
  const confirmRetention = async () => {
    if (!pending) return;
    const { days } = pending;
    setPending(null);
    if (await save({ history: { retentionDays: days } })) await reload();
  };
  const known = keepChoices();
  const keep = known.some((k) => Number(k.value) === prefs.history.retentionDays)
    ? known
    : [...known, { value: String(prefs.history.retentionDays), label: t('history.days', { count: prefs.history.retentionDays }) }];

  const exportFile = () => {
    downloadText(checkInsFile(list ?? [], titleOf, new Date()), checkInsFileName(new Date()));
    announce(t('history.exported'));
  };
  const erase = async () => {
    setConfirming(false);
    try {
      await history.erase();
      await reload();
      announce(t('history.erased'));
    } catch {
      announce(t('history.eraseFailed'), true);
    }
  };

  return (
    <section class="card stack" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p class="muted">{t('history.intro')}</p>
      <Toggle
        label={t('history.offer')}
        checked={prefs.exercises.checkIns}
        onChange={(checkIns) => save({ exercises: { checkIns } })}
      />
      <ChoiceGroup
        legend={t('history.keepFor')}
        name="retention"
        value={String(pending?.days ?? prefs.history.retentionDays)}
        choices={keep}
        onChange={(days) => chooseRetention(Number(days))}
      />
      {pending && (
        <div class="notice row" role="group" aria-label={t('history.confirmShorter')}>
          <span>
            {t('history.keepShorter', { length: t('history.days', { count: pending.days }) })}{' '}
            {t('history.wouldErase', { count: pending.erases })}
          </span>
          <button type="button" onClick={() => void confirmRetention()}>{t('history.yesErase')}</button>
          <button type="button" onClick={() => setPending(null)}>{t('history.keepThem')}</button>
        </div>
      )}
      {error && <p class="error">{error}</p>}
      {list && list.length > 0 && (
        <div class="stack">
          <h3>{t('history.overTime')}</h3>
          <CheckInChart id="options-chart" headingLevel={3} checkIns={list} titleOf={titleOf} />
        </div>
      )}
      {list && list.length === 0 && <p class="muted">{t('history.none')}</p>}
      <div class="row">
        <button type="button" onClick={exportFile} disabled={!list || list.length === 0}>{t('history.export')}</button>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)} disabled={!list || list.length === 0}>{t('history.erase')}</button>
        )}
      </div>
      {confirming && (
        <div class="notice row" role="group" aria-label={t('history.confirmErase')}>
          <span>{t('history.eraseAll', { count: list?.length ?? 0 })}</span>
          <button type="button" onClick={() => void erase()}>{t('history.yesErase')}</button>
          <button type="button" onClick={() => setConfirming(false)}>{t('history.keepThem')}</button>
        </div>
      )}
    </section>
  );
}
