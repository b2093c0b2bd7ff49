import { useState } from 'preact/hooks';
import { findExercise } from '../../lib/exercises/catalog';
import { minutesLabel } from '../../lib/exercises/library';
import { exerciseText, t } from '../../lib/i18n';
import type { ListOp } from '../../lib/prefs/list-ops';
import type { Prefs } from '../../lib/prefs/schema';
import { wantsReducedMotion } from '../../lib/ui/reduced-motion';
import { ExercisePlayer } from '../players/ExercisePlayer';

/** Short, eyes-open ones first: the first day is not the day for an inward practice. */
export const WELCOME_EXERCISES = ['orienting', 'feet-and-hands', 'five-senses', 'self-compassion-break', 'longer-out-breath'] as const;

export interface WelcomeExerciseProps {
  prefs: Prefs;
  edit: (op: ListOp) => Promise<boolean>;
}

/** A favourite for "I need a moment", tried right here first if the person likes. */
export function WelcomeExercise({ prefs, edit }: WelcomeExerciseProps) {
  const current = prefs.exercises.favourites.find((id) => (WELCOME_EXERCISES as readonly string[]).includes(id));
  const [id, setId] = useState<string>(current ?? WELCOME_EXERCISES[0]);
  const [trying, setTrying] = useState(false);
  const [saved, setSaved] = useState('');
  const exercise = findExercise(id)!;
  const text = exerciseText(exercise);
  const favourite = async () => {
    if (await edit({ list: 'favourites', op: 'first', id })) setSaved(t('welcome.isFavourite', { title: text.title }));
  };
  return (
    <div class="card stack" role="group" aria-labelledby="welcome-exercise-heading">
      <h3 id="welcome-exercise-heading">{t('welcome.exerciseHeading')}</h3>
      <p class="muted">{t('welcome.exerciseIntro')}</p>
      <label class="field-line">
        {t('welcome.exerciseLabel')}{' '}
        <select
          value={id}
          onChange={(e) => {
            setId(e.currentTarget.value);
            setTrying(false);
            setSaved('');
          }}
        >
          {WELCOME_EXERCISES.map((option) => {
            const e = findExercise(option)!;
            return <option key={option} value={option}>{`${exerciseText(e).title} (${minutesLabel(e.durationSeconds)})`}</option>;
          })}
        </select>
      </label>
      <p class="muted">{text.summary}</p>
      {trying ? (
        <div class="player-box">
          <ExercisePlayer
            key={id}
            exercise={exercise}
            settings={prefs.exercises}
            voice={prefs.appearance.voice}
            chime={prefs.exercises.chime}
            reducedMotion={wantsReducedMotion(prefs.appearance)}
            autoStart
          />
        </div>
      ) : (
        <div>
          <button type="button" onClick={() => setTrying(true)}>{t('welcome.tryIt')}</button>
        </div>
      )}
      <div>
        <button type="button" class="primary" onClick={() => void favourite()}>{t('welcome.makeFavourite')}</button>
      </div>
      <p class="muted" role="status">{saved}</p>
    </div>
  );
}
