import { useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { exerciseTitle } from '../../lib/exercises/library';
import type { CheckIn } from '../../lib/history/checkins';
import { CheckInChart } from '../history/CheckInChart';
import { t } from '../../lib/i18n';

export interface HistoryViewProps {
  /** null while loading. */
  checkIns: CheckIn[] | null;
  error: string;
  enabled: boolean;
  onBack: () => void;
}

/** The person's own check-ins, kept on this device, and which practices have tended to help. */
export function HistoryView({ checkIns, error, enabled, onBack }: HistoryViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="stack" aria-labelledby="history-heading">
      <div>
        <button type="button" class="back" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('common.back')}
        </button>
      </div>
      <h1 id="history-heading" ref={heading} tabIndex={-1}>{t('popup.yourCheckIns')}</h1>
      {error && <p class="error">{error}</p>}
      {checkIns === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : checkIns.length === 0 ? (
        <p class="muted">
          {t(enabled ? 'historyView.empty' : 'historyView.off')}
        </p>
      ) : (
        <CheckInChart id="popup-chart" headingLevel={2} checkIns={checkIns} titleOf={exerciseTitle} />
      )}
      <p class="muted">{t('historyView.local')}</p>
      <div>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('common.openSettings')}</button>
      </div>
    </section>
  );
}
