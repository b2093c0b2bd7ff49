import { approachLabel, filterLibrary, groupByApproach, minutesLabel, NO_FILTER, tagWords, type LibraryFilter } from '../../lib/exercises/library';
import { EXERCISES } from '../../lib/exercises/catalog';
import type { Exercise } from '../../lib/exercises/types';
import { LibraryFilters } from './LibraryFilters';
import { exerciseText, t } from '../../lib/i18n';

export interface LibraryProps {
  filter: LibraryFilter;
  favourites: readonly string[];
  hidden: readonly string[];
  onFilter: (filter: LibraryFilter) => void;
  onOpen: (exercise: Exercise) => void;
  onFavourite: (exercise: Exercise, on: boolean) => void;
}

/** Every exercise, grouped by approach, with the person's favourites first. */
export function Library({ filter, favourites, hidden, onFilter, onOpen, onFavourite }: LibraryProps) {
  const shown = filterLibrary(filter, hidden);
  const favs = favourites.map((id) => shown.find((e) => e.id === id)).filter((e): e is Exercise => !!e);
  const filtering = JSON.stringify({ ...filter, showHidden: false }) !== JSON.stringify(NO_FILTER);
  const row = (exercise: Exercise) => (
    <ExerciseRow
      key={exercise.id}
      exercise={exercise}
      favourite={favourites.includes(exercise.id)}
      hidden={hidden.includes(exercise.id)}
      onOpen={() => onOpen(exercise)}
      onFavourite={(on) => onFavourite(exercise, on)}
    />
  );
  return (
    <section class="library stack" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('library.heading')}</h2>
      <LibraryFilters filter={filter} hiddenCount={hidden.filter((id) => EXERCISES.some((e) => e.id === id)).length} onChange={onFilter} />
      <p class="muted count" role="status">
        {filtering ? (shown.length ? t('library.showing', { shown: shown.length, total: EXERCISES.length }) : t('library.nothingMatches')) : ''}
      </p>
      {favs.length > 0 && (
        <div class="group">
          <h3 id="group-favourites">{t('library.favourites')}</h3>
          <ul class="exercise-list" aria-labelledby="group-favourites">{favs.map(row)}</ul>
        </div>
      )}
      {groupByApproach(shown).map(({ approach, exercises }) => (
        <div class="group" key={approach}>
          <h3 id={`group-${approach}`}>{approachLabel(approach)}</h3>
          <ul class="exercise-list" aria-labelledby={`group-${approach}`}>{exercises.map(row)}</ul>
        </div>
      ))}
    </section>
  );
}

export interface ExerciseRowProps {
  exercise: Exercise;
  favourite: boolean;
  hidden: boolean;
  onOpen: () => void;
  onFavourite: (on: boolean) => void;
}

export function ExerciseRow({ exercise, favourite, hidden, onOpen, onFavourite }: ExerciseRowProps) {
  const { title } = exerciseText(exercise);
  return (
    <li class="exercise-row">
      <button type="button" class="exercise-open" data-key={`open-${exercise.id}`} onClick={onOpen}>
        <span class="exercise-title">{title}</span>
        <span class="exercise-meta">
          {minutesLabel(exercise.durationSeconds)} · {tagWords(exercise)[0]}
          {exercise.tags.breathFocus && t('library.metaBreath')}
          {exercise.tags.touch && t('library.metaTouch')}
          {hidden && t('library.metaHidden')}
        </span>
      </button>
      <button
        type="button"
        class="star"
        aria-pressed={favourite}
        aria-label={t('library.favouriteLabel', { title })}
        title={t(favourite ? 'library.isFavourite' : 'library.makeFavourite')}
        onClick={() => onFavourite(!favourite)}
      >
        <span aria-hidden="true">{favourite ? '★' : '☆'}</span>
      </button>
    </li>
  );
}
