import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { differentKind, feltWorse, minutesLabel, tagWords } from '../../lib/exercises/library';
import type { Exercise } from '../../lib/exercises/types';
import type { CheckIns, Feeling } from '../../lib/history/checkins';
import type { Prefs } from '../../lib/prefs/schema';
import { CheckInForm } from '../history/CheckInForm';
import { ExercisePlayer, type PlayerOutcome } from '../players/ExercisePlayer';
import { NotHelping } from './NotHelping';

export interface ExerciseViewProps {
  exercise: Exercise;
  prefs: Prefs;
  reducedMotion: boolean;
  autoStart: boolean;
  /** Present only when check-ins are on. */
  checkIns: CheckIns | null;
  onBack: () => void;
  onFavourite: (on: boolean) => void;
  onHide: (on: boolean) => void;
  onShowHistory: () => void;
  /** Starts another exercise straight away (from "That one didn't help"). */
  onTry: (exercise: Exercise) => void;
}

type CheckInStage = 'before' | 'playing' | 'after' | 'saved' | 'skipped';

/** One exercise: what it is, the player, gentle notes, and the optional check-in around it. */
export function ExerciseView(props: ExerciseViewProps) {
  const { exercise, prefs, checkIns } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [stage, setStage] = useState<CheckInStage>(props.autoStart ? 'playing' : 'before');
  const [before, setBefore] = useState<Feeling>({});
  const [after, setAfter] = useState<Feeling>({});
  const [message, setMessage] = useState('');
  const [ended, setEnded] = useState(false);
  // "That one didn't help": opened by the person, or after a check-in that was lower afterwards.
  const [route, setRoute] = useState(false);
  const favourite = prefs.exercises.favourites.includes(exercise.id);
  const hidden = prefs.exercises.hidden.includes(exercise.id);

  useLayoutEffect(() => heading.current?.focus(), []);

  const onEnd = (_outcome: PlayerOutcome) => {
    setEnded(true);
    setStage((s) => (s === 'saved' || s === 'skipped' ? s : 'after'));
  };
  const save = async () => {
    if (!checkIns) return;
    try {
      const saved = await checkIns.add({ exerciseId: exercise.id, before, after });
      await checkIns.prune(prefs.history.retentionDays);
      setMessage(saved ? 'Saved on this device. Thank you for checking in.' : 'Nothing to save, and that is fine.');
      setStage('saved');
      if (saved && feltWorse(saved.before, saved.after)) setRoute(true);
    } catch {
      setMessage('This check-in could not be saved on this device just now.');
    }
  };

  return (
    <section class="exercise-view stack" aria-labelledby="exercise-heading">
      <div>
        <button type="button" class="back" onClick={props.onBack}>
          <span aria-hidden="true">←</span> All exercises
        </button>
      </div>
      <div>
        <h1 id="exercise-heading" ref={heading} tabIndex={-1}>{exercise.title}</h1>
        <p class="muted summary">{exercise.summary}</p>
        <p class="muted meta">{[minutesLabel(exercise.durationSeconds), ...tagWords(exercise)].join(' · ')}</p>
      </div>

      {checkIns && stage === 'before' && (
        <CheckInForm id="before" question="Before you start, if you like: how are you right now?" value={before} onChange={setBefore} />
      )}

      <div class="player-box">
        <ExercisePlayer
          exercise={exercise}
          settings={prefs.exercises}
          voice={prefs.appearance.voice}
          chime={prefs.exercises.chime}
          reducedMotion={props.reducedMotion}
          autoStart={props.autoStart}
          onStart={() => {
            setEnded(false);
            setStage((s) => (s === 'before' ? 'playing' : s));
          }}
          onEnd={onEnd}
        />
      </div>
      {ended && !route && (
        <div>
          <button type="button" class="quiet" onClick={() => setRoute(true)}>That one didn’t help</button>
        </div>
      )}

      {checkIns && stage === 'after' && (
        <div class="stack after">
          {(before.scale !== undefined || before.words?.trim()) && (
            <p class="muted">Before, you said: {[before.scale, before.words?.trim() && `“${before.words.trim()}”`].filter((x) => x !== undefined && x !== '').join(' ')}</p>
          )}
          <CheckInForm id="after" question="And now, how are you?" value={after} onChange={setAfter} />
          <div class="row">
            <button type="button" class="primary" onClick={save}>Save check-in</button>
            <button type="button" onClick={() => setStage('skipped')}>No thanks</button>
          </div>
        </div>
      )}
      <p class="muted" role="status">{message}</p>
      {stage === 'saved' && message.startsWith('Saved') && (
        <div>
          <button type="button" class="link" onClick={props.onShowHistory}>See your check-ins</button>
        </div>
      )}

      {route && (
        <NotHelping
          other={differentKind(exercise, prefs.exercises.hidden)}
          people={prefs.people}
          helplineCountry={prefs.helplineCountry}
          onTry={props.onTry}
          onLeave={props.onBack}
        />
      )}

      <div class="notes stack">
        <p><strong>Go gently.</strong> {exercise.caution}</p>
        <p><strong>Another way.</strong> {exercise.alternative}</p>
      </div>
      <div class="row">
        <button type="button" aria-pressed={favourite} onClick={() => props.onFavourite(!favourite)}>
          <span aria-hidden="true">{favourite ? '★' : '☆'}</span> Favourite
        </button>
        <button type="button" aria-pressed={hidden} onClick={() => props.onHide(!hidden)}>
          Hide from my list
        </button>
      </div>
      <details class="source">
        <summary>Where this comes from</summary>
        <p>{exercise.source}</p>
        <p class="muted">{exercise.evidence}</p>
      </details>
    </section>
  );
}
