import { useState } from 'preact/hooks';
import { exerciseTitle as titleOf } from '../../lib/exercises/library';
import { checkInsFile, checkInsFileName, wouldErase, type CheckIns } from '../../lib/history/checkins';
import { downloadText } from '../../lib/ui/download';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { Toggle } from '../fields/Toggle';
import { CheckInChart } from '../history/CheckInChart';
import { useCheckIns } from '../history/use-check-ins';
import type { SectionProps } from './types';

export interface HistorySectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
  /** Injectable for tests. */
  now?: () => number;
  history?: CheckIns;
}

const KEEP = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'A year' },
  { value: '0', label: 'Until I erase them' },
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
  const keep = KEEP.some((k) => Number(k.value) === prefs.history.retentionDays)
    ? KEEP
    : [...KEEP, { value: String(prefs.history.retentionDays), label: `${prefs.history.retentionDays} days` }];

  const exportFile = () => {
    downloadText(checkInsFile(list ?? [], titleOf, new Date()), checkInsFileName(new Date()));
    announce('Your check-ins were saved to your downloads.');
  };
  const erase = async () => {
    setConfirming(false);
    try {
      await history.erase();
      await reload();
      announce('Every check-in was erased from this device.');
    } catch {
      announce('The check-ins could not be erased just now. Nothing was changed.', true);
    }
  };

  return (
    <section class="card stack" aria-labelledby="history-heading">
      <h2 id="history-heading">Check-ins</h2>
      <p class="muted">
        A check-in is a quick “how are you right now?” before and after a practice, as a number from 0 to 10 or a few
        words. Both are optional every time. They stay on this device and are never part of the settings file.
      </p>
      <Toggle
        label="Offer a check-in around each practice"
        checked={prefs.exercises.checkIns}
        onChange={(checkIns) => void save({ exercises: { checkIns } })}
      />
      <ChoiceGroup
        legend="Keep check-ins for"
        name="retention"
        value={String(pending?.days ?? prefs.history.retentionDays)}
        choices={keep}
        onChange={(days) => chooseRetention(Number(days))}
      />
      {pending && (
        <div class="notice row" role="group" aria-label="Confirm keeping check-ins for a shorter time">
          <span>
            Keep check-ins for {keep.find((k) => Number(k.value) === pending.days)?.label.toLowerCase() ?? `${pending.days} days`}?{' '}
            {pending.erases === 1 ? 'The 1 check-in older than that would be erased.' : `The ${pending.erases} check-ins older than that would be erased.`} This
            cannot be undone.
          </span>
          <button type="button" onClick={() => void confirmRetention()}>Yes, erase them</button>
          <button type="button" onClick={() => setPending(null)}>Keep them</button>
        </div>
      )}
      {error && <p class="error">{error}</p>}
      {list && list.length > 0 && (
        <div class="stack">
          <h3>Your check-ins over time</h3>
          <CheckInChart id="options-chart" headingLevel={3} checkIns={list} titleOf={titleOf} />
        </div>
      )}
      {list && list.length === 0 && <p class="muted">No check-ins are stored.</p>}
      <div class="row">
        <button type="button" onClick={exportFile} disabled={!list || list.length === 0}>Export check-ins</button>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)} disabled={!list || list.length === 0}>Erase check-ins…</button>
        )}
      </div>
      {confirming && (
        <div class="notice row" role="group" aria-label="Confirm erasing check-ins">
          <span>Erase all {list?.length ?? 0} check-ins from this device? This cannot be undone.</span>
          <button type="button" onClick={() => void erase()}>Yes, erase them</button>
          <button type="button" onClick={() => setConfirming(false)}>Keep them</button>
        </div>
      )}
    </section>
  );
}
