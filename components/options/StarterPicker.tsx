import { useState } from 'preact/hooks';
import { STARTER_LISTS, type StarterList } from '../../lib/words/starter-lists';

export interface StarterPickerProps {
  chosen: StarterList | null;
  onChoose: (list: StarterList | null) => void;
}

/** Starter lists by name only; their words stay hidden until the person asks to see them. */
export function StarterPicker({ chosen, onChoose }: StarterPickerProps) {
  const [open, setOpen] = useState(false);
  const [peek, setPeek] = useState<string | null>(null);
  if (chosen) {
    return (
      <div class="notice row">
        <span class="grow">Starting from “{chosen.name}” ({chosen.words.length} words)</span>
        <button type="button" aria-expanded={peek === chosen.id} onClick={() => setPeek(peek === chosen.id ? null : chosen.id)}>
          {peek === chosen.id ? 'Hide words' : 'Show words'}
        </button>
        <button type="button" onClick={() => onChoose(null)}>Don't use it</button>
        {peek === chosen.id && <p class="words">{chosen.words.join(', ')}</p>}
      </div>
    );
  }
  return (
    <div class="stack">
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Close the starter lists' : 'Start from a ready-made list (optional)'}
      </button>
      {open && (
        <ul class="site-list" aria-label="Starter lists">
          {STARTER_LISTS.map((list) => (
            <li key={list.id} class="row site">
              <span class="grow">{list.name} <span class="muted">· {list.words.length} words</span></span>
              <button type="button" aria-expanded={peek === list.id} onClick={() => setPeek(peek === list.id ? null : list.id)}>
                {peek === list.id ? 'Hide words' : 'Show words'}
              </button>
              <button type="button" onClick={() => { onChoose(list); setOpen(false); }}>Use this list</button>
              {peek === list.id && <p class="words">{list.words.join(', ')}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
