import type { LengthFilter, LibraryFilter } from '../../lib/exercises/library';

export interface LibraryFiltersProps {
  filter: LibraryFilter;
  hiddenCount: number;
  onChange: (filter: LibraryFilter) => void;
}

const TOGGLES = [
  ['eyesOpen', 'Eyes open'],
  ['noBreathFocus', 'No breath focus'],
  ['noTouch', 'No touch'],
] as const;

/** Narrow the library by length and by what an exercise asks of the body. */
export function LibraryFilters({ filter, hiddenCount, onChange }: LibraryFiltersProps) {
  return (
    <div class="filters" role="group" aria-label="Filter exercises">
      <label class="filter-length">
        Length{' '}
        <select value={filter.length} onChange={(e) => onChange({ ...filter, length: e.currentTarget.value as LengthFilter })}>
          <option value="any">Any length</option>
          <option value="60">Up to 1 minute</option>
          <option value="120">Up to 2 minutes</option>
        </select>
      </label>
      {TOGGLES.map(([key, label]) => (
        <button key={key} type="button" class="chip" aria-pressed={filter[key]} onClick={() => onChange({ ...filter, [key]: !filter[key] })}>
          {label}
        </button>
      ))}
      {hiddenCount > 0 && (
        <button type="button" class="chip" aria-pressed={filter.showHidden} onClick={() => onChange({ ...filter, showHidden: !filter.showHidden })}>
          Show hidden ({hiddenCount})
        </button>
      )}
    </div>
  );
}
