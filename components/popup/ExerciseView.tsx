import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { differentKind, feltWorse, minutesLabel, tagWords } from '../../lib/exercises/library';
import type { Exercise } from '../../lib/exercises/types';
import type { CheckIns, Feeling } from '../../lib/history/checkins';
import type { Prefs } from '../../lib/prefs/schema';
import { CheckInForm } from '../history/CheckInForm';
import { ExercisePlayer, type PlayerOutcome } from '../players/ExercisePlayer';
import { NotHelping } from './NotHelping';
import { exerciseText, t } from '../../lib/i18n';

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
  const text = exerciseText(exercise);

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
      setMessage(saved ? t('exercise.saved') : t('exercise.nothingToSave'));
      setStage('saved');
      if (saved && feltWorse(saved.before, saved.after)) setRoute(true);
    } catch {
      setMessage(t('exercise.saveFailed'));
    }
  };

  return (
    <section class="exercise-view stack" aria-labelledby="exercise-heading">
      <div>
        <button type="button" class="back" onClick={props.onBack}>
          <span aria-hidden="true">←</span> {t('exercise.allExercises')}
        </button>
      </div>
      <div>
        <h1 id="exercise-heading" ref={heading} tabIndex={-1}>{text.title}</h1>
        <p class="muted summary">{text.summary}</p>
        <p class="muted meta">{[minutesLabel(exercise.durationSeconds), ...tagWords(exercise)].join(' · ')}</p>
      </div>

      {checkIns && stage === 'before' && (
        <CheckInForm id="before" question={t('exercise.before')} value={before} onChange={setBefore} />
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
          <button type="button" class="quiet" onClick={() => setRoute(true)}>{t('exercise.didntHelp')}</button>
        </div>
      )}

      {checkIns && stage === 'after' && (
        <div class="stack after">
          {(before.scale !== undefined || before.words?.trim()) && (
            <p class="muted">
              {t('exercise.youSaid', {
                what: [before.scale, before.words?.trim() && t('exercise.quoted', { words: before.words.trim() })].filter((x) => x !== undefined && x !== '').join(' '),
              })}
            </p>
          )}
          <CheckInForm id="after" question={t('exercise.andNow')} value={after} onChange={setAfter} />
          <div class="row">
            <button type="button" class="primary" onClick={save}>{t('exercise.saveCheckIn')}</button>
            <button type="button" onClick={() => setStage('skipped')}>{t('exercise.noThanks')}</button>
          </div>
        </div>
      )}
      <p class="muted" role="status">{message}</p>
      {stage === 'saved' && message === t('exercise.saved') && (
        <div>
          <button type="button" class="link" onClick={props.onShowHistory}>{t('exercise.seeCheckIns')}</button>
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
        <p><strong>{t('exercise.goGently')}</strong> {text.caution}</p>
        <p><strong>{t('exercise.anotherWay')}</strong> {text.alternative}</p>
      </div>
      <div class="row">
        <button type="button" aria-pressed={favourite} onClick={() => props.onFavourite(!favourite)}>
          <span aria-hidden="true">{favourite ? '★' : '☆'}</span> {t('exercise.favourite')}
        </button>
        <button type="button" aria-pressed={hidden} onClick={() => props.onHide(!hidden)}>
          {t('exercise.hide')}
        </button>
      </div>
      <details class="source">
        <summary>{t('exercise.whereFrom')}</summary>
        <p>{text.source}</p>
        <p class="muted">{text.evidence}</p>
      </details>
    </section>
  );
}
