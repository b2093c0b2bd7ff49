import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SYNC_STATUS_KEY, type SyncStatus } from '../../lib/sync/status';
import { sendMessage } from '../../lib/messages/extension-pages';
import { Toggle } from '../fields/Toggle';
import { MAX_FILE_BYTES, settingsFileName } from '../../lib/settings-file';
import { downloadText } from '../../lib/ui/download';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

export interface DataSectionProps extends SectionProps {
  /** Reports the outcome of an import or reset in the page's status region. */
  announce: (message: string, isError?: boolean) => void;
}

/** The background's latest word on sync (lib/background/sync-mirror.ts), live. */
function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    const read = (value: unknown) => setStatus(typeof value === 'object' && value !== null && typeof (value as SyncStatus).message === 'string' ? (value as SyncStatus) : null);
    void browser.storage.local.get(SYNC_STATUS_KEY).then((stored) => read(stored[SYNC_STATUS_KEY])).catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SYNC_STATUS_KEY in changes) read(changes[SYNC_STATUS_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return status;
}

export function DataSection({ prefs, save, announce }: DataSectionProps) {
  const [confirmingReset, setConfirmingReset] = useState(false);
  const syncStatus = useSyncStatus();

  const exportFile = async () => {
    downloadText(await sendMessage('exportSettings'), settingsFileName(new Date()));
    announce(t('data.exported'));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // A huge file is refused before it is read whole or sent anywhere.
    if (file.size > MAX_FILE_BYTES) return announce(t('data.tooLarge'), true);
    try {
      const result = await sendMessage('importSettings', await file.text());
      announce(result.ok ? t('data.imported') : result.error, !result.ok);
    } catch {
      announce(t('data.unreadable'), true);
    }
  };
  const reset = async () => {
    setConfirmingReset(false);
    const result = await sendMessage('resetPrefs').catch(() => ({ ok: false as const, error: t('error.unreachable') }));
    announce(result.ok ? t('data.wasReset') : result.error, !result.ok);
  };

  return (
    <section class="card stack" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p class="muted">{t(prefs.sync ? 'data.synced' : 'data.local')}</p>
      <div class="stack">
        <Toggle
          label={t('data.sync')}
          checked={prefs.sync}
          onChange={(sync) => void save({ sync })}
        />
        <p class="muted hint" id="sync-explained">{t('data.syncExplained')}</p>
        {prefs.sync && syncStatus && syncStatus.state !== 'off' && (
          <p class={syncStatus.state === 'on' ? 'muted' : 'notice'} data-testid="sync-status" role="status">
            {syncStatus.message}
          </p>
        )}
      </div>
      <div class="row">
        <button type="button" onClick={exportFile}>{t('data.export')}</button>
        <label class="button">
          {t('data.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
      </div>
      {confirmingReset ? (
        <div class="notice row" role="group" aria-label={t('data.confirmReset')}>
          <span>{t('data.resetQuestion')}</span>
          <button type="button" onClick={reset}>{t('data.yesReset')}</button>
          <button type="button" onClick={() => setConfirmingReset(false)}>{t('data.keep')}</button>
        </div>
      ) : (
        <div>
          <button type="button" onClick={() => setConfirmingReset(true)}>{t('data.reset')}</button>
        </div>
      )}
    </section>
  );
}
