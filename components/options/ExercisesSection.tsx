import { DEFAULT_EXERCISE_ID, EXERCISES, findExercise } from '../../lib/exercises/catalog';
import { groupByApproach, minutesLabel, momentExercise } from '../../lib/exercises/library';
import { APPROACH_LABELS } from '../../lib/exercises/types';
import { Toggle } from '../fields/Toggle';
import type { SectionProps } from './types';
import { VoiceChoice } from './VoiceChoice';

export type ExercisesSectionProps = SectionProps;

const PACES = [3, 4, 5, 6, 7, 8];

export function ExercisesSection({ prefs, save, edit }: ExercisesSectionProps) {
  const ex = prefs.exercises;
  const moment = momentExercise(prefs);
  return (
    <section class="card stack" aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">Exercises</h2>
      <p class="muted">
        Your favourites come first in the popup. Hidden exercises stay out of the list until you bring them back.
      </p>
      <label class="field-line">
        “I need a moment” starts{' '}
        <select
          value={moment.id}
          onChange={(e) => {
            const id = e.currentTarget.value;
            void edit({ list: 'favourites', op: 'first', id }).then((ok: boolean) => ok && edit({ list: 'hidden', op: 'exclude', id }));
          }}
        >
          {groupByApproach(EXERCISES).map(({ approach, exercises }) => (
            <optgroup key={approach} label={APPROACH_LABELS[approach]}>
              {exercises.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                  {e.id === DEFAULT_EXERCISE_ID ? ' (the gentle default)' : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>

      <Toggle
        label="Learn from my check-ins"
        hint={`(on this device only: without a favourite, “I need a moment” and the order of the pause card's practices may start with what has left you steadier${ex.checkIns ? '' : '; used only while check-ins are on'})`}
        checked={ex.learnFromCheckIns}
        onChange={(learnFromCheckIns) => void save({ exercises: { learnFromCheckIns } })}
      />

      <details class="exercise-choices">
        <summary>Favourites and hidden exercises ({ex.favourites.filter(findExercise).length} favourite, {ex.hidden.filter(findExercise).length} hidden)</summary>
        {groupByApproach(EXERCISES).map(({ approach, exercises }) => (
          <fieldset key={approach} class="exercise-group">
            <legend>{APPROACH_LABELS[approach]}</legend>
            <ul>
              {exercises.map((e) => (
                <li key={e.id} class="exercise-choice">
                  <span class="grow">
                    {e.title} <span class="muted">· {minutesLabel(e.durationSeconds)}</span>
                  </span>
                  <label class="choice">
                    <input
                      type="checkbox"
                      aria-label={`Favourite ${e.title}`}
                      checked={ex.favourites.includes(e.id)}
                      onChange={(ev) => void edit({ list: 'favourites', op: ev.currentTarget.checked ? 'include' : 'exclude', id: e.id })}
                    />
                    <span aria-hidden="true">Favourite</span>
                  </label>
                  <label class="choice">
                    <input
                      type="checkbox"
                      aria-label={`Hide ${e.title}`}
                      checked={ex.hidden.includes(e.id)}
                      onChange={(ev) => void edit({ list: 'hidden', op: ev.currentTarget.checked ? 'include' : 'exclude', id: e.id })}
                    />
                    <span aria-hidden="true">Hide</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </details>

      <h3>Breathing</h3>
      <label class="field-line">
        Length of each in-breath{' '}
        <select value={ex.breathPace} onChange={(e) => void save({ exercises: { breathPace: Number(e.currentTarget.value) } })}>
          {PACES.map((p) => (
            <option key={p} value={p}>{p} seconds{p === 4 ? ' (default)' : ''}</option>
          ))}
        </select>
      </label>
      <p class="muted hint-line">
        The out-breath keeps its own length in proportion, so a longer out-breath stays longer. No part of a breath
        lasts more than 8 seconds: at the slower paces the whole rhythm is shortened to fit.
      </p>
      <Toggle
        label="Add short, gentle holds between breaths"
        hint="(off: in and out with no holding, which suits most people)"
        checked={ex.breathHolds}
        onChange={(breathHolds) => void save({ exercises: { breathHolds } })}
      />

      <h3>Steps</h3>
      <Toggle
        label="Move to the next step by itself"
        hint="(off: you move on whenever you are ready)"
        checked={ex.stepTimer}
        onChange={(stepTimer) => void save({ exercises: { stepTimer } })}
      />

      <h3>Sound</h3>
      <Toggle label="A soft chime as each step begins" hint="(made on this device, quiet)" checked={ex.chime} onChange={(chime) => void save({ exercises: { chime } })} />
      <VoiceChoice voice={prefs.appearance.voice} save={save} />
    </section>
  );
}
