import { useEffect, useMemo, useState } from 'preact/hooks';
import { learningOn, tallyHelped } from '../../lib/exercises/helped';
import { orderPausePractices } from '../../lib/exercises/pause-practices';
import type { CheckIn } from '../../lib/history/checkins';
import { fromBase64 } from '../../lib/people-words/words-file';
import type { PeopleWords, WordsEntry } from '../../lib/people-words/words';

/** Where the card reads the words from (the background, by default). */
export type WordsSource = Pick<PeopleWords, 'list' | 'recording'>;
import { sendMessage } from '../../lib/messages/extension-pages';
import type { CardLink } from '../../lib/pause/card-link';
import type { Prefs } from '../../lib/prefs/schema';
import { PauseCard } from './PauseCard';

export interface CardAppProps {
  link: CardLink;
  prefs: Prefs;
  now: () => number;
  /**
   * The person's check-ins, read only while learning from them is on. By default they come from the
   * extension's own IndexedDB, loaded on demand so the card stays small when learning is off.
   */
  loadCheckIns?: () => Promise<CheckIn[]>;
  /** Remembers the practice the person picked (through the background, the one writer of preferences). */
  savePractice?: (id: string) => void;
  /**
   * Words from the person's people, read only when they chose to have them offered on the card. By
   * default asked of the background; a recording is read only when played.
   */
  loadWords?: () => Promise<WordsSource>;
}

/** How long the card waits for the check-ins before offering the usual order: a pause is never held up. */
export const LEARN_WAIT_MS = 400;

const loadFromDevice = () => import('../../lib/history/idb-storage').then((m) => m.checkInHistory().list());
/** The card asks the background, which reads the extension's IndexedDB first-party (a frame inside a website may be refused it). */
const wordsFromBackground = async (): Promise<WordsSource> => ({
  list: () => sendMessage('cardWords'),
  recording: async (id) => {
    const found = await sendMessage('cardRecording', id);
    return found ? { mime: found.mime, bytes: fromBase64(found.audio) } : undefined;
  },
});
const saveThroughBackground = (id: string) => void sendMessage('updatePrefs', { pause: { practice: id } }).catch(() => undefined);

/**
 * The card page: the person's pause with their own settings. Esc means Continue (once any gentle
 * wait is over); Tab stays inside the card. Both are handled in this frame, so a page that
 * swallows keys cannot stop them.
 */
export function CardApp({ link, prefs, now, loadCheckIns = loadFromDevice, savePractice = saveThroughBackground, loadWords = wordsFromBackground }: CardAppProps) {
  const { request } = link;
  const { appearance, pause, exercises } = prefs;
  const learn = learningOn(exercises);
  // undefined: still reading; null: not learning (or nothing could be read in time).
  const [checkIns, setCheckIns] = useState<CheckIn[] | null | undefined>(learn ? undefined : null);
  useEffect(() => {
    if (!learn) return;
    let settled = false;
    const settle = (list: CheckIn[] | null) => {
      if (settled) return;
      settled = true;
      setCheckIns(list);
    };
    const timer = setTimeout(() => settle(null), LEARN_WAIT_MS);
    loadCheckIns().then(settle, () => settle(null));
    return () => clearTimeout(timer);
  }, []);
  const [words, setWords] = useState<{ entries: WordsEntry[]; loadRecording: WordsSource['recording'] } | null>(null);
  useEffect(() => {
    if (!pause.offerWords) return;
    // The choice appears once the list is read; if it cannot be read, the card is as it always was.
    loadWords()
      .then(async (store) => {
        const entries = await store.list();
        if (entries.length > 0) setWords({ entries, loadRecording: store.recording });
      })
      .catch(() => undefined);
  }, []);
  const order = useMemo(
    () =>
      checkIns === undefined
        ? null
        : orderPausePractices({
            favourites: exercises.favourites,
            hidden: exercises.hidden,
            remembered: pause.practice,
            helped: checkIns ? tallyHelped(checkIns) : null,
          }),
    [checkIns],
  );
  const waitMs = Math.max(0, pause.gentleDelaySeconds * 1000 - (request.waitStartedAt === undefined ? 0 : now() - request.waitStartedAt));
  const readyAt = now() + waitMs;
  const onContinue = () => link.send({ type: 'continue' });

  useEffect(() => {
    const body = document.body;
    body.classList.toggle('dark', appearance.theme === 'dark');
    body.classList.toggle('light', appearance.theme === 'light');
    body.classList.add(appearance.textSize);
    const escape = () => now() >= readyAt && onContinue();
    link.onCommand((command) => command.type === 'escape' && escape());
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        escape();
      } else if (event.key === 'Tab') keepTabInside(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const reducedMotion = appearance.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches;
  return (
    <PauseCard
      label={request.label}
      kind={request.kind}
      people={prefs.people}
      helplineCountry={prefs.helplineCountry}
      snoozeMinutes={pause.snoozeMinutes}
      practices={order?.practices ?? null}
      learnedOrder={order?.learned ?? false}
      settings={exercises}
      voice={appearance.voice}
      chime={exercises.chime}
      reducedMotion={reducedMotion}
      onPickPractice={savePractice}
      waitMs={waitMs}
      onContinue={onContinue}
      onLeave={() => void sendMessage('leavePage').catch(() => undefined)}
      onSnooze={(length) => link.send({ type: 'snooze', length })}
      plan={pause.offerPlan ? prefs.plan : null}
      words={words}
    />
  );
}

/** The dialog pattern: Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(event: KeyboardEvent): void {
  const controls = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')].filter(
    (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const outside = !active || !controls.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
