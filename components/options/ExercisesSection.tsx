import { DEFAULT_EXERCISE_ID, EXERCISES, findExercise } from '../../lib/exercises/catalog';
import { approachLabel, groupByApproach, minutesLabel, momentExercise } from '../../lib/exercises/library';
import { Toggle } from '../fields/Toggle';
import type { SectionProps } from './types';
import { VoiceChoice } from './VoiceChoice';
import { exerciseText, t } from '../../lib/i18n';

export type ExercisesSectionProps = SectionProps;

const PACES = [3, 4, 5, 6, 7, 8];

export function ExercisesSection({ prefs, save, edit }: ExercisesSectionProps) {
  const ex = prefs.exercises;
  const moment = momentExercise(prefs);
  return (
    <section class="card stack" aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{t('exercises.heading')}</h2>
      <p class="muted">{t('exercises.intro')}</p>
      <label class="field-line">
        {t('exercises.momentStarts')}{' '}
        <select
          value={moment.id}
          onChange={(e) => {
            const id = e.currentTarget.value;
            void edit({ list: 'favourites', op: 'first', id }).then((ok: boolean) => ok && edit({ list: 'hidden', op: 'exclude', id }));
          }}
        >
          {groupByApproach(EXERCISES).map(({ approach, exercises }) => (
            <optgroup key={approach} label={approachLabel(approach)}>
              {exercises.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.id === DEFAULT_EXERCISE_ID ? t('exercises.default', { title: exerciseText(e).title }) : exerciseText(e).title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>

      <Toggle
        label={t('exercises.learn')}
        hint={t(ex.checkIns ? 'exercises.learnHint' : 'exercises.learnHintOff')}
        checked={ex.learnFromCheckIns}
        onChange={(learnFromCheckIns) => save({ exercises: { learnFromCheckIns } })}
      />

      <details class="exercise-choices">
        <summary>{t('exercises.choices', { favourites: ex.favourites.filter(findExercise).length, hidden: ex.hidden.filter(findExercise).length })}</summary>
        {groupByApproach(EXERCISES).map(({ approach, exercises }) => (
          <fieldset key={approach} class="exercise-group">
            <legend>{approachLabel(approach)}</legend>
            <ul>
              {exercises.map((e) => (
                <li key={e.id} class="exercise-choice">
                  <span class="grow">
                    {exerciseText(e).title} <span class="muted">· {minutesLabel(e.durationSeconds)}</span>
                  </span>
                  <label class="choice">
                    <input
                      type="checkbox"
                      aria-label={t('exercises.favouriteOf', { title: exerciseText(e).title })}
                      checked={ex.favourites.includes(e.id)}
                      onChange={(ev) => edit({ list: 'favourites', op: ev.currentTarget.checked ? 'include' : 'exclude', id: e.id })}
                    />
                    <span aria-hidden="true">{t('exercises.favourite')}</span>
                  </label>
                  <label class="choice">
                    <input
                      type="checkbox"
                      aria-label={t('exercises.hideOf', { title: exerciseText(e).title })}
                      checked={ex.hidden.includes(e.id)}
                      onChange={(ev) => edit({ list: 'hidden', op: ev.currentTarget.checked ? 'include' : 'exclude', id: e.id })}
                    />
                    <span aria-hidden="true">{t('exercises.hide')}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </details>

      <h3>{t('exercises.breathing')}</h3>
      <label class="field-line">
        {t('exercises.inBreath')}{' '}
        <select value={ex.breathPace} onChange={(e) => save({ exercises: { breathPace: Number(e.currentTarget.value) } })}>
          {PACES.map((p) => (
            <option key={p} value={p}>{t(p === 4 ? 'exercises.secondsDefault' : 'exercises.seconds', { count: p })}</option>
          ))}
        </select>
      </label>
      <p class="muted hint-line">{t('exercises.paceNote')}</p>
      <Toggle
        label={t('exercises.holds')}
        hint={t('exercises.holdsHint')}
        checked={ex.breathHolds}
        onChange={(breathHolds) => save({ exercises: { breathHolds } })}
      />

      <h3>{t('exercises.steps')}</h3>
      <Toggle
        label={t('exercises.timer')}
        hint={t('exercises.timerHint')}
        checked={ex.stepTimer}
        onChange={(stepTimer) => save({ exercises: { stepTimer } })}
      />

      <h3>{t('exercises.sound')}</h3>
      <Toggle label={t('exercises.chime')} hint={t('exercises.chimeHint')} checked={ex.chime} onChange={(chime) => save({ exercises: { chime } })} />
      <VoiceChoice voice={prefs.appearance.voice} save={save} />
    </section>
  );
}
