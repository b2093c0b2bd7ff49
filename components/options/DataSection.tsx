import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SYNC_STATUS_KEY, type SyncStatus } from '../../lib/sync/status';
import { sendMessage } from '../../lib/messages/extension-pages';
import { Toggle } from '../fields/Toggle';
import { MAX_FILE_BYTES, settingsFileName, TOO_LARGE } from '../../lib/settings-file';
import { downloadText } from '../../lib/ui/download';
import type { SectionProps } from './types';

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
    announce('Your settings file was saved to your downloads.');
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // A huge file is refused before it is read whole or sent anywhere.
    if (file.size > MAX_FILE_BYTES) return announce(TOO_LARGE, true);
    try {
      const result = await sendMessage('importSettings', await file.text());
      announce(result.ok ? 'Settings imported. Your previous settings were kept as a backup.' : result.error, !result.ok);
    } catch {
      announce('Nothing was changed. The file could not be read.', true);
    }
  };
  const reset = async () => {
    setConfirmingReset(false);
    const result = await sendMessage('resetPrefs').catch(() => ({ ok: false as const, error: 'Nothing was changed: Steady could not reach its background just now. Please try again.' }));
    announce(result.ok ? 'Settings are back to their defaults. A copy of the old ones was kept.' : result.error, !result.ok);
  };

  return (
    <section class="card stack" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="muted">
        {prefs.sync
          ? 'Steady has no accounts, no analytics and makes no network requests; your browser’s own sync carries your settings.'
          : 'Everything stays on this device. Steady has no accounts, no analytics and makes no network requests.'}
      </p>
      <div class="stack">
        <Toggle
          label="Keep my settings the same on my other devices"
          checked={prefs.sync}
          onChange={(sync) => void save({ sync })}
        />
        <p class="muted hint" id="sync-explained">
          Your browser’s own sync carries your sites, word lists, people and choices to the devices where you are signed in to
          it, encrypted by the browser where it supports that. Steady adds no server, and your check-ins always stay on this device.
        </p>
        {prefs.sync && syncStatus && syncStatus.state !== 'off' && (
          <p class={syncStatus.state === 'on' ? 'muted' : 'notice'} data-testid="sync-status" role="status">
            {syncStatus.message}
          </p>
        )}
      </div>
      <div class="row">
        <button type="button" onClick={exportFile}>Export settings file</button>
        <label class="button">
          Import settings file
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
      </div>
      {confirmingReset ? (
        <div class="notice row" role="group" aria-label="Confirm reset">
          <span>Set every setting back to its default? A copy of your current settings is kept.</span>
          <button type="button" onClick={reset}>Yes, reset</button>
          <button type="button" onClick={() => setConfirmingReset(false)}>Keep my settings</button>
        </div>
      ) : (
        <div>
          <button type="button" onClick={() => setConfirmingReset(true)}>Reset settings…</button>
        </div>
      )}
    </section>
  );
}
