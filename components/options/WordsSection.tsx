import { useEffect, useRef, useState } from 'preact/hooks';
import { browserRecorderDeps, microphoneProblem, startRecording, type ActiveRecording, type RecorderDeps, type Taken } from '../../lib/people-words/recorder';
import { checkFrom, FROM_MAX, MAX_WORDS, secondsLabel, TEXT_MAX, type PeopleWords, type WordsEntry } from '../../lib/people-words/words';
import { Toggle } from '../fields/Toggle';
import { HearFrom } from '../people-words/HearFrom';
import { openPeopleWords, usePeopleWords } from '../people-words/use-people-words';
import type { SectionProps } from './types';

const STRINGS = {
  heading: 'Words from your people',
  intro:
    'You can keep short messages from people who care about you: something a friend once wrote, what your therapist said, or a recording you make with them beside you. They stay in Steady on this device and are never part of the settings file unless you tick that when you export.',
  offer: 'Offer “Hear from …” on the pause card',
  offerHint: 'One tap there plays their recording or shows their words.',
  kept: 'Kept on this device',
  typed: 'Typed words',
  recordingOf: (length: string) => `A recording, ${length}`,
  none: 'None kept yet.',
  from: 'Who is it from?',
  words: 'Their words',
  keepWords: 'Keep these words',
  recordIntro: 'Or record them saying it. Recordings stop by themselves at one minute.',
  start: 'Start recording',
  stop: 'Stop recording',
  recording: 'Recording… It stops by itself at one minute.',
  reachedLimit: 'That is a minute, so the recording stopped by itself.',
  keepRecording: 'Keep this recording',
  letGo: 'Let it go',
  listen: 'You can listen before keeping it:',
  remove: 'Remove',
  removeLabel: (from: string, what: string) => `Remove ${what} from ${from}`,
  confirmRemove: (from: string) => `Remove this from ${from}? It cannot be brought back.`,
  yesRemove: 'Yes, remove it',
  keep: 'Keep it',
  eraseAll: 'Erase all words from your people…',
  confirmErase: (n: number) => `Erase all ${n} messages and recordings from this device? This cannot be undone.`,
  yesErase: 'Yes, erase them',
  keepThem: 'Keep them',
  saved: (from: string) => `Kept words from ${from}.`,
  removed: 'Removed.',
  erased: 'All words from your people were erased from this device.',
  failed: 'That could not be saved on this device just now. Nothing was changed.',
  full: `That is ${MAX_WORDS} messages, as many as Steady keeps. You could remove one to add another.`,
};

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
      announce(STRINGS.saved(result.entry.from));
    } catch {
      announce(STRINGS.failed, true);
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
      announce(STRINGS.saved(result.entry.from));
    } catch {
      announce(STRINGS.failed, true);
    }
  };

  const remove = async (entry: WordsEntry) => {
    setRemoving(null);
    try {
      await store?.remove(entry.id);
      await reload();
      announce(STRINGS.removed);
    } catch {
      announce(STRINGS.failed, true);
    }
  };
  const erase = async () => {
    setErasing(false);
    try {
      await store?.erase();
      await reload();
      announce(STRINGS.erased);
    } catch {
      announce(STRINGS.failed, true);
    }
  };

  const describedBy = (field: Field) => (error?.field === field ? 'words-error' : undefined);

  return (
    <section class="card stack" aria-labelledby="people-words-heading">
      <h2 id="people-words-heading">{STRINGS.heading}</h2>
      <p class="muted">{STRINGS.intro}</p>
      <Toggle label={STRINGS.offer} hint={STRINGS.offerHint} checked={prefs.pause.offerWords} onChange={(offerWords) => void save({ pause: { offerWords } })} />
      {readError && <p class="error">{readError}</p>}
      <h3>{STRINGS.kept}</h3>
      {entries && entries.length === 0 && <p class="muted">{STRINGS.none}</p>}
      {entries && entries.length > 0 && store && (
        <ul class="site-list words-kept" aria-label={STRINGS.kept}>
          {entries.map((entry) => {
            const what = entry.kind === 'text' ? STRINGS.typed : STRINGS.recordingOf(secondsLabel(entry.durationMs));
            return (
              <li key={entry.id} class="stack words-row">
                <div class="row">
                  <span class="grow">
                    <strong dir="auto">{entry.from}</strong> <span class="muted">· {what}</span>
                  </span>
                  <button type="button" aria-label={STRINGS.removeLabel(entry.from, what.toLowerCase())} onClick={() => setRemoving(entry.id)}>
                    {STRINGS.remove}
                  </button>
                </div>
                <HearFrom entries={[entry]} loadRecording={store.recording} />
                {removing === entry.id && (
                  <div class="notice row" role="group" aria-label={STRINGS.confirmRemove(entry.from)}>
                    <span>{STRINGS.confirmRemove(entry.from)}</span>
                    <button type="button" onClick={() => void remove(entry)}>{STRINGS.yesRemove}</button>
                    <button type="button" onClick={() => setRemoving(null)}>{STRINGS.keep}</button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {full ? (
        <p class="muted">{STRINGS.full}</p>
      ) : (
        <form class="stack" onSubmit={keepText} noValidate>
          <label class="stack-label">
            {STRINGS.from}
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
            {STRINGS.words}
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
            <button type="submit" class="primary" disabled={!store}>{STRINGS.keepWords}</button>
          </div>
          <p class="muted">{STRINGS.recordIntro}</p>
          <div class="row">
            {active ? (
              <button type="button" class="primary" onClick={() => active.stop()}>{STRINGS.stop}</button>
            ) : (
              <button type="button" onClick={() => void record()} disabled={!store}>{STRINGS.start}</button>
            )}
          </div>
          <p role="status" aria-live="polite" class="muted">
            {active ? STRINGS.recording : taken?.reachedLimit ? STRINGS.reachedLimit : ''}
          </p>
          {taken && (
            <div class="stack notice" role="group" aria-label={STRINGS.listen}>
              <TakenPreview taken={taken} />
              <div class="row">
                <button type="button" class="primary" onClick={() => void keepRecording()}>{STRINGS.keepRecording}</button>
                <button type="button" onClick={() => setTaken(null)}>{STRINGS.letGo}</button>
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
            <div class="notice row" role="group" aria-label={STRINGS.eraseAll}>
              <span>{STRINGS.confirmErase(entries.length)}</span>
              <button type="button" onClick={() => void erase()}>{STRINGS.yesErase}</button>
              <button type="button" onClick={() => setErasing(false)}>{STRINGS.keepThem}</button>
            </div>
          ) : (
            <button type="button" onClick={() => setErasing(true)}>{STRINGS.eraseAll}</button>
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
      <p>{STRINGS.listen}</p>
      <HearFrom entries={[entry]} loadRecording={async () => taken.recording} />
    </>
  );
}
