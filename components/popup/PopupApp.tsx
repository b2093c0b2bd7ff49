import { useEffect, useState } from 'preact/hooks';
import { findExercise } from '../../lib/exercises/catalog';
import { momentChoice, NO_FILTER, type LibraryFilter } from '../../lib/exercises/library';
import type { Exercise } from '../../lib/exercises/types';
import { readPrefs } from '../../lib/prefs/read';
import type { Prefs } from '../../lib/prefs/schema';
import { wantsReducedMotion } from '../../lib/ui/reduced-motion';
import { sharedCheckIns, useCheckIns, useLearnFrom } from '../history/use-check-ins';
import { usePrefs } from '../use-prefs';
import { ExerciseView } from './ExerciseView';
import { HistoryView } from './HistoryView';
import { usePeopleWords } from '../people-words/use-people-words';
import { HomeView } from './HomeView';
import { PlanPopupView } from './PlanPopupView';
import { WordsPopupView } from './WordsPopupView';

type View =
  | { kind: 'home'; focusKey: string }
  | { kind: 'exercise'; id: string; autoStart: boolean; from: string }
  | { kind: 'history'; from: string }
  | { kind: 'plan' }
  | { kind: 'words'; from: string };

export function PopupApp() {
  const { prefs: live, update, edit } = usePrefs();
  // "I need a moment" works from the very first paint: if it is pressed before the preferences
  // arrive, they are read straight from storage.
  const [early, setEarly] = useState<Prefs | null>(null);
  const prefs = live ?? early;
  const [view, setView] = useState<View>({ kind: 'home', focusKey: '' });
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const words = usePeopleWords();

  const exercises = prefs?.exercises;
  // What helped, privately: the person's own check-ins may shape "I need a moment" (their favourite always wins).
  const learnFrom = useLearnFrom(exercises);
  const suggestion = momentChoice(prefs, learnFrom);
  const setFavourite = (exercise: Exercise, on: boolean) =>
    void edit({ list: 'favourites', op: on ? 'include' : 'exclude', id: exercise.id });
  const setHidden = (exercise: Exercise, on: boolean) =>
    void edit({ list: 'hidden', op: on ? 'include' : 'exclude', id: exercise.id });

  const moment = async () => {
    const p = prefs ?? (await readPrefs());
    if (!prefs) setEarly(p);
    setView({ kind: 'exercise', id: momentChoice(p, learnFrom).exercise.id, autoStart: true, from: 'moment' });
  };
  const home = (focusKey: string) => setView({ kind: 'home', focusKey });
  // Opened by "Take a grounding pause" (keyboard shortcut or right-click menu): start right away.
  useEffect(() => {
    if (location.hash === '#moment') void moment();
  }, []);

  if (view.kind === 'exercise' && prefs) {
    const exercise = findExercise(view.id)!;
    return (
      <main class="popup">
        <ExerciseView
          key={view.id}
          exercise={exercise}
          prefs={prefs}
          reducedMotion={wantsReducedMotion(prefs.appearance)}
          autoStart={view.autoStart}
          checkIns={prefs.exercises.checkIns ? sharedCheckIns() : null}
          onBack={() => home(view.from)}
          onFavourite={(on) => setFavourite(exercise, on)}
          onHide={(on) => setHidden(exercise, on)}
          onShowHistory={() => setView({ kind: 'history', from: 'history' })}
          onTry={(other) => setView({ kind: 'exercise', id: other.id, autoStart: true, from: view.from })}
        />
      </main>
    );
  }
  if (view.kind === 'history' && prefs) {
    return (
      <main class="popup">
        <History prefs={prefs} onBack={() => home(view.from)} />
      </main>
    );
  }
  if (view.kind === 'plan' && prefs) {
    return (
      <main class="popup">
        <PlanPopupView prefs={prefs} onBack={() => home('plan')} />
      </main>
    );
  }
  if (view.kind === 'words' && words.store && words.entries) {
    return (
      <main class="popup">
        <WordsPopupView from={view.from} entries={words.entries} store={words.store} onBack={() => home(`hear-${view.from}`)} />
      </main>
    );
  }
  return (
    <main class="popup">
      <HomeView
        words={words.entries ?? []}
        onPlan={() => setView({ kind: 'plan' })}
        onHear={(from) => setView({ kind: 'words', from })}
        prefs={prefs}
        moment={suggestion.exercise}
        momentLearned={suggestion.why === 'learned'}
        filter={filter}
        focusKey={view.kind === 'home' ? view.focusKey : ''}
        update={update}
        onMoment={() => void moment()}
        onFilter={setFilter}
        onOpen={(exercise) => setView({ kind: 'exercise', id: exercise.id, autoStart: false, from: `open-${exercise.id}` })}
        onFavourite={setFavourite}
        onHistory={() => setView({ kind: 'history', from: 'history' })}
      />
    </main>
  );
}

export interface HistoryProps {
  prefs: Prefs;
  onBack: () => void;
}

/** Opens the check-in history only when the person asks to see it. */
export function History({ prefs, onBack }: HistoryProps) {
  const { list, error } = useCheckIns(prefs.history.retentionDays);
  return <HistoryView checkIns={list} error={error} enabled={prefs.exercises.checkIns} onBack={onBack} />;
}
