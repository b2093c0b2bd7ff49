import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messages/extension-pages';
import type { ListOp } from '../../lib/prefs/list-ops';
import type { DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';
import { BACKUPS_KEY, type PrefsBackup } from '../../lib/prefs/storage';
import { browser } from 'wxt/browser';
import { downloadText } from '../../lib/ui/download';
import { usePrefs } from '../use-prefs';
import { AppearanceSection } from './AppearanceSection';
import { DataSection } from './DataSection';
import { ExercisesSection } from './ExercisesSection';
import { HelpCountrySection } from './HelpCountrySection';
import { HistorySection } from './HistorySection';
import { PeopleSection } from './PeopleSection';
import { PlanSection } from './PlanSection';
import { OrganisationSection } from './OrganisationSection';
import { PauseSection } from './PauseSection';
import { RepairNotice } from './RepairNotice';
import { SitesSection } from './SitesSection';
import { TriggersSection } from './TriggersSection';
import { WordsSection } from './WordsSection';
import { AboutSection } from './AboutSection';
import { t } from '../../lib/i18n';
import { sayNote } from '../../lib/i18n/say-note';

export function OptionsApp() {
  const { prefs, organisation, update, edit: editList } = usePrefs();
  const [status, setStatus] = useState<{ message: string; isError: boolean } | null>(null);
  const [backups, setBackups] = useState<PrefsBackup[]>([]);
  // Bumped when an import or "erase everything" changed the device's own stores (check-ins, words
  // from the person's people): the sections that read them start over.
  const [storesRead, setStoresRead] = useState(0);

  useEffect(() => void sendMessage('getBackups').then(setBackups), [prefs === null]);
  // A repair that happens while this page is open (the background found damage) is told at once.
  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && BACKUPS_KEY in changes) void sendMessage('getBackups').then(setBackups);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  useEffect(() => {
    document.title = t('options.title');
  });
  const announce = useCallback((message: string, isError = false) => setStatus({ message, isError }), []);
  const save = useCallback(
    async (patch: DeepPartial<Prefs>) => {
      const result = await update(patch);
      announce(result.ok ? t('common.saved') : sayNote(result.note, result.error), !result.ok);
      return result.ok;
    },
    [update, announce],
  );
  const edit = useCallback(
    async (op: ListOp) => {
      const result = await editList(op);
      announce(result.ok ? t('common.saved') : sayNote(result.note, result.error), !result.ok);
      return result.ok;
    },
    [editList, announce],
  );

  return (
    <main>
      <header>
        <h1>{t('options.title')}</h1>
        <p class="muted">{t('options.intro')}</p>
      </header>
      <RepairNotice
        backups={backups}
        onDownload={(b) => downloadText(JSON.stringify(b.original, null, 2), `steady-kept-copy-${b.savedAt.slice(0, 10)}.json`)}
        onDismiss={() => void sendMessage('dismissRepairNotice').then(() => sendMessage('getBackups')).then(setBackups)}
      />
      {prefs ? (
        <>
          {organisation && <OrganisationSection organisation={organisation} prefs={prefs} save={save} edit={edit} announce={announce} />}
          <SitesSection prefs={prefs} save={save} edit={edit} announce={announce} />
          <TriggersSection prefs={prefs} save={save} edit={edit} announce={announce} />
          <PauseSection prefs={prefs} save={save} edit={edit} organisation={organisation} />
          <ExercisesSection prefs={prefs} save={save} edit={edit} />
          <PeopleSection prefs={prefs} save={save} edit={edit} announce={announce} />
          <WordsSection key={`words-${storesRead}`} prefs={prefs} save={save} edit={edit} announce={announce} />
          <PlanSection prefs={prefs} save={save} edit={edit} />
          <HelpCountrySection prefs={prefs} save={save} edit={edit} />
          <HistorySection key={`history-${storesRead}`} prefs={prefs} save={save} edit={edit} announce={announce} />
          <AppearanceSection prefs={prefs} save={save} edit={edit} />
          <DataSection prefs={prefs} save={save} edit={edit} announce={announce} onStoresChanged={() => setStoresRead((n) => n + 1)} />
        </>
      ) : (
        <p class="muted">{t('options.loading')}</p>
      )}
      <AboutSection />
      <footer class="muted">
        <p>{t('options.selfHelp')}</p>
      </footer>
      <div class="status" role="status" aria-live="polite" data-testid="status">
        {status && <p class={status.isError ? 'error' : ''}>{status.message}</p>}
      </div>
    </main>
  );
}
