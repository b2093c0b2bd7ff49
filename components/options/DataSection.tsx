import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sayNote } from '../../lib/i18n/say-note';
import { SYNC_STATUS_KEY, type SyncStatus } from '../../lib/sync/status';
import type { PrefsResult } from '../../lib/prefs/storage';
import { sendMessage } from '../../lib/messages/extension-pages';
import { Toggle } from '../fields/Toggle';
import { MAX_FILE_BYTES, settingsFileName } from '../../lib/settings-file';
import { MAX_FILE_WITH_WORDS_BYTES, splitSettingsFile, withWordsPart, wordsPart } from '../../lib/people-words/words-file';
import type { PeopleWords } from '../../lib/people-words/words';
import type { CheckIns } from '../../lib/history/checkins';
import { downloadText } from '../../lib/ui/download';
import { sharedCheckIns } from '../history/use-check-ins';
import { openPeopleWords } from '../people-words/use-people-words';
import type { SectionProps } from './types';
import { activeLang, t } from '../../lib/i18n';
import { MAX_WORDS } from '../../lib/people-words/words';

/** What became of the file's words from the person's people, in as few sentences as there is news. */
function wordsTaken({ added, kept, full }: { added: number; kept: number; full: number }): string[] {
  return [
    t('erase.wordsAdded', { count: added }),
    kept > 0 ? t('erase.wordsKept', { count: kept }) : '',
    full > 0 ? t('erase.wordsFull', { count: full, max: MAX_WORDS }) : '',
  ].filter(Boolean);
}

export interface DataSectionProps extends SectionProps {
  /** Reports the outcome of an import or reset in the page's status region. */
  announce: (message: string, isError?: boolean) => void;
  /** Called after import or erase changed what the other sections read from this device's own stores. */
  onStoresChanged?: () => void;
  /** Injectable for tests. */
  openWords?: () => Promise<PeopleWords>;
  checkIns?: () => CheckIns;
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

export function DataSection({ prefs, save, announce, onStoresChanged = () => undefined, openWords = openPeopleWords, checkIns = sharedCheckIns }: DataSectionProps) {
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [confirmingErase, setConfirmingErase] = useState(false);
  const [includeWords, setIncludeWords] = useState(false);
  const syncStatus = useSyncStatus();

  const exportFile = async () => {
    let text = await sendMessage('exportSettings');
    if (includeWords) {
      try {
        text = withWordsPart(text, await wordsPart(await openWords()));
      } catch {
        return announce(t('erase.wordsExportFailed'), true);
      }
    }
    downloadText(text, settingsFileName(new Date()));
    announce(t('data.exported'));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // A huge file is refused before it is read whole or sent anywhere.
    // (A file with words from the person's people may be larger, by the room their recordings take.)
    if (file.size > MAX_FILE_WITH_WORDS_BYTES) return announce(t('data.tooLarge'), true);
    let split: ReturnType<typeof splitSettingsFile>;
    try {
      split = splitSettingsFile(await file.text());
    } catch {
      return announce(t('data.unreadable'), true);
    }
    // Settings and words are both checked whole before either is changed.
    if (!split.ok) return announce(split.error, true);
    if (!split.words && file.size > MAX_FILE_BYTES) return announce(t('data.tooLarge'), true);
    const result = await sendMessage('importSettings', split.settingsText).catch((): PrefsResult => ({ ok: false, error: t('data.unreadable') }));
    if (!result.ok) return announce(sayNote(result.note, result.error), true);
    const imported = t('data.imported');
    if (!split.words || split.words.length === 0) return announce(imported);
    try {
      // Words already on this device are never replaced: the file's are added beside them.
      const taken = await (await openWords()).takeIn(split.words);
      onStoresChanged();
      announce([imported, ...wordsTaken(taken)].join(' '));
    } catch {
      announce(t('erase.wordsImportFailed'), true);
    }
  };
  const eraseEverything = async () => {
    setConfirmingErase(false);
    const left: string[] = [];
    await openWords()
      .then((words) => words.erase())
      .catch(() => left.push(t('erase.leftWords')));
    await checkIns()
      .erase()
      .catch(() => left.push(t('erase.leftCheckIns')));
    const settings = await sendMessage('eraseSettings').catch(() => ({ ok: false as const, error: '' }));
    if (!settings.ok) left.push(t('erase.leftSettings'));
    onStoresChanged();
    announce(left.length === 0 ? t('erase.done') : t('erase.failed', { what: new Intl.ListFormat(activeLang(), { type: 'conjunction' }).format(left) }), left.length > 0);
  };
  const reset = async () => {
    setConfirmingReset(false);
    const result = await sendMessage('resetPrefs').catch((): PrefsResult => ({ ok: false, error: t('error.unreachable') }));
    announce(result.ok ? t('data.wasReset') : sayNote(result.note, result.error), !result.ok);
  };

  return (
    <section class="card stack" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p class="muted">{t(prefs.sync ? 'data.synced' : 'data.local')}</p>
      <div class="stack">
        <Toggle
          label={t('data.sync')}
          checked={prefs.sync}
          onChange={(sync) => save({ sync })}
        />
        <p class="muted hint" id="sync-explained">{t('data.syncExplained')}</p>
        {prefs.sync && syncStatus && syncStatus.state !== 'off' && (
          <p class={syncStatus.state === 'on' ? 'muted' : 'notice'} data-testid="sync-status" role="status">
            {sayNote(syncStatus.note, syncStatus.message)}
          </p>
        )}
      </div>
      <Toggle label={t('erase.includeWords')} hint={t('erase.includeWordsHint')} checked={includeWords} onChange={setIncludeWords} />
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
      {confirmingErase ? (
        <div class="notice row" role="group" aria-label={t('erase.confirmLabel')}>
          <span>{t('erase.question')}</span>
          <button type="button" onClick={() => void eraseEverything()}>{t('erase.yes')}</button>
          <button type="button" onClick={() => setConfirmingErase(false)}>{t('erase.keep')}</button>
        </div>
      ) : (
        <div>
          <button type="button" onClick={() => setConfirmingErase(true)}>{t('erase.button')}</button>
        </div>
      )}
    </section>
  );
}
