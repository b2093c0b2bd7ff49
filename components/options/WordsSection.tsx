import { useEffect, useRef, useState } from 'preact/hooks';
import { browserRecorderDeps, microphoneProblem, startRecording, type ActiveRecording, type RecorderDeps, type Taken } from '../../lib/people-words/recorder';
import { checkFrom, FROM_MAX, MAX_WORDS, secondsLabel, TEXT_MAX, type PeopleWords, type WordsEntry } from '../../lib/people-words/words';
import { t } from '../../lib/i18n';
import { Toggle } from '../fields/Toggle';
import { HearFrom } from '../people-words/HearFrom';
import { openPeopleWords, usePeopleWords } from '../people-words/use-people-words';
import type { SectionProps } from './types';

export interface WordsSectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
  /** Injectable for tests. */
  open?: () => Promise<PeopleWords>;
  recorderDeps?: RecorderDeps;
}

type Field = 'from' | 'text' | 'recording';

export function WordsSection({ prefs, save, announce, open = openPeopleWords, recorderDeps }: WordsSectionProps) {
  const { entries, error: readError, store, reload } = usePeopleWords(open);
  const [from, setFrom] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<{ field: Field; text: string } | null>(null);
  const [active, setActive] = useState<ActiveRecording | null>(null);
  const [taken, setTaken] = useState<Taken | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  const activeRef = useRef<ActiveRecording | null>(null);
  useEffect(() => () => activeRef.current?.stop(), []);
  const full = (entries?.length ?? 0) >= MAX_WORDS;

  const keepText = async (event: Event) => {
    event.preventDefault();
    if (!store) return;
    try {
      const result = await store.addText(from, text);
      if (!result.ok) return setError({ field: result.field, text: result.error });
      setError(null);
      setText('');
      await reload();
      announce(t('peopleWords.saved', { from: result.entry.from }));
    } catch {
      announce(t('peopleWords.failed'), true);
    }
  };

  const record = async () => {
    const fromError = checkFrom(from);
    if (fromError) return setError({ field: 'from', text: fromError });
    setError(null);
    setTaken(null);
    try {
      const started = await startRecording(recorderDeps ?? browserRecorderDeps());
      activeRef.current = started;
      setActive(started);
      started.done.then(
        (result) => {
          activeRef.current = null;
          setActive(null);
          setTaken(result);
        },
        () => {
          activeRef.current = null;
          setActive(null);
          setError({ field: 'recording', text: microphoneProblem(null) });
        },
      );
    } catch (problem) {
      setError({ field: 'recording', text: microphoneProblem(problem) });
    }
  };

  const keepRecording = async () => {
    if (!store || !taken) return;
    try {
      const result = await store.addVoice(from, taken.recording, taken.durationMs);
      if (!result.ok) return setError({ field: result.field, text: result.error });
      setTaken(null);
      setError(null);
      await reload();
      announce(t('peopleWords.saved', { from: result.entry.from }));
    } catch {
      announce(t('peopleWords.failed'), true);
    }
  };

  const remove = async (entry: WordsEntry) => {
    setRemoving(null);
    try {
      await store?.remove(entry.id);
      await reload();
      announce(t('peopleWords.removed'));
    } catch {
      announce(t('peopleWords.failed'), true);
    }
  };
  const erase = async () => {
    setErasing(false);
    try {
      await store?.erase();
      await reload();
      announce(t('peopleWords.erased'));
    } catch {
      announce(t('peopleWords.failed'), true);
    }
  };

  const describedBy = (field: Field) => (error?.field === field ? 'words-error' : undefined);

  return (
    <section class="card stack" aria-labelledby="people-words-heading">
      <h2 id="people-words-heading">{t('peopleWords.heading')}</h2>
      <p class="muted">{t('peopleWords.intro')}</p>
      <Toggle label={t('peopleWords.offer')} hint={t('peopleWords.offerHint')} checked={prefs.pause.offerWords} onChange={(offerWords) => save({ pause: { offerWords } })} />
      {readError && <p class="error">{readError}</p>}
      <h3>{t('peopleWords.kept')}</h3>
      {entries && entries.length === 0 && <p class="muted">{t('peopleWords.none')}</p>}
      {entries && entries.length > 0 && store && (
        <ul class="site-list words-kept" aria-label={t('peopleWords.kept')}>
          {entries.map((entry) => {
            const length = entry.kind === 'voice' ? secondsLabel(entry.durationMs) : '';
            const what = entry.kind === 'text' ? t('peopleWords.typed') : t('peopleWords.recordingOf', { length });
            const removeLabel = entry.kind === 'text' ? t('peopleWords.removeTyped', { from: entry.from }) : t('peopleWords.removeRecording', { from: entry.from, length });
            return (
              <li key={entry.id} class="stack words-row">
                <div class="row">
                  <span class="grow">
                    <strong dir="auto">{entry.from}</strong> <span class="muted">· {what}</span>
                  </span>
                  <button type="button" aria-label={removeLabel} onClick={() => setRemoving(entry.id)}>
                    {t('peopleWords.remove')}
                  </button>
                </div>
                <HearFrom entries={[entry]} loadRecording={store.recording} />
                {removing === entry.id && (
                  <div class="notice row" role="group" aria-label={t('peopleWords.confirmRemove', { from: entry.from })}>
                    <span>{t('peopleWords.confirmRemove', { from: entry.from })}</span>
                    <button type="button" onClick={() => void remove(entry)}>{t('peopleWords.yesRemove')}</button>
                    <button type="button" onClick={() => setRemoving(null)}>{t('peopleWords.keep')}</button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {full ? (
        <p class="muted">{t('peopleWords.full', { max: MAX_WORDS })}</p>
      ) : (
        <form class="stack" onSubmit={keepText} noValidate>
          <label class="stack-label">
            {t('peopleWords.from')}
            <input
              type="text"
              value={from}
              maxLength={FROM_MAX}
              autocomplete="off"
              aria-invalid={error?.field === 'from' ? 'true' : undefined}
              aria-describedby={describedBy('from')}
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
          </label>
          <label class="stack-label">
            {t('peopleWords.words')}
            <textarea
              rows={3}
              value={text}
              maxLength={TEXT_MAX}
              aria-invalid={error?.field === 'text' ? 'true' : undefined}
              aria-describedby={describedBy('text')}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </label>
          <div>
            <button type="submit" class="primary" disabled={!store}>{t('peopleWords.keepWords')}</button>
          </div>
          <p class="muted">{t('peopleWords.recordIntro')}</p>
          <div class="row">
            {active ? (
              <button type="button" class="primary" onClick={() => active.stop()}>{t('peopleWords.stop')}</button>
            ) : (
              <button type="button" onClick={() => void record()} disabled={!store}>{t('peopleWords.start')}</button>
            )}
          </div>
          <p role="status" aria-live="polite" class="muted">
            {active ? t('peopleWords.recording') : taken?.reachedLimit ? t('peopleWords.reachedLimit') : ''}
          </p>
          {taken && (
            <div class="stack notice" role="group" aria-label={t('peopleWords.listen')}>
              <TakenPreview taken={taken} />
              <div class="row">
                <button type="button" class="primary" onClick={() => void keepRecording()}>{t('peopleWords.keepRecording')}</button>
                <button type="button" onClick={() => setTaken(null)}>{t('peopleWords.letGo')}</button>
              </div>
            </div>
          )}
          {error && (
            <p id="words-error" class="error" role="alert">
              {error.text}
            </p>
          )}
        </form>
      )}

      {entries && entries.length > 0 && (
        <div>
          {erasing ? (
            <div class="notice row" role="group" aria-label={t('peopleWords.eraseAll')}>
              <span>{t('peopleWords.confirmErase', { count: entries.length })}</span>
              <button type="button" onClick={() => void erase()}>{t('peopleWords.yesErase')}</button>
              <button type="button" onClick={() => setErasing(false)}>{t('peopleWords.keepThem')}</button>
            </div>
          ) : (
            <button type="button" onClick={() => setErasing(true)}>{t('peopleWords.eraseAll')}</button>
          )}
        </div>
      )}
    </section>
  );
}

/** The recording just made, to listen to before keeping it. */
function TakenPreview({ taken }: { taken: Taken }) {
  const entry: WordsEntry = { id: 'preview', from: '', at: 0, kind: 'voice', durationMs: Math.max(1, taken.durationMs), mime: taken.recording.mime };
  return (
    <>
      <p>{t('peopleWords.listen')}</p>
      <HearFrom entries={[entry]} loadRecording={async () => taken.recording} />
    </>
  );
}
