import type { LengthFilter, LibraryFilter } from '../../lib/exercises/library';
import { t } from '../../lib/i18n';

export interface LibraryFiltersProps {
  filter: LibraryFilter;
  hiddenCount: number;
  onChange: (filter: LibraryFilter) => void;
}

const TOGGLES = [
  ['eyesOpen', 'filters.eyesOpen'],
  ['noBreathFocus', 'filters.noBreath'],
  ['noTouch', 'filters.noTouch'],
] as const;

/** Narrow the library by length and by what an exercise asks of the body. */
export function LibraryFilters({ filter, hiddenCount, onChange }: LibraryFiltersProps) {
  return (
    <div class="filters" role="group" aria-label={t('filters.label')}>
      <label class="filter-length">
        {t('filters.length')}{' '}
        <select value={filter.length} onChange={(e) => onChange({ ...filter, length: e.currentTarget.value as LengthFilter })}>
          <option value="any">{t('filters.any')}</option>
          <option value="60">{t('filters.upTo1')}</option>
          <option value="120">{t('filters.upTo2')}</option>
        </select>
      </label>
      {TOGGLES.map(([key, label]) => (
        <button key={key} type="button" class="chip" aria-pressed={filter[key]} onClick={() => onChange({ ...filter, [key]: !filter[key] })}>
          {t(label)}
        </button>
      ))}
      {hiddenCount > 0 && (
        <button type="button" class="chip" aria-pressed={filter.showHidden} onClick={() => onChange({ ...filter, showHidden: !filter.showHidden })}>
          {t('filters.showHidden', { count: hiddenCount })}
        </button>
      )}
    </div>
  );
}
