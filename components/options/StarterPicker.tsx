import { useState } from 'preact/hooks';
import { STARTER_LISTS, type StarterList } from '../../lib/words/starter-lists';
import { activeLang, t, type MessageKey } from '../../lib/i18n';

export interface StarterPickerProps {
  chosen: StarterList | null;
  onChoose: (list: StarterList | null) => void;
}

/** Starter lists by name only; their words stay hidden until the person asks to see them. */
/** A ready-made list's name in the person's language (its words are English for now). */
export const starterName = (list: StarterList): string => t(`starter.${list.id}` as MessageKey);

export function StarterPicker({ chosen, onChoose }: StarterPickerProps) {
  const [open, setOpen] = useState(false);
  const [peek, setPeek] = useState<string | null>(null);
  if (chosen) {
    return (
      <div class="notice row">
        <span class="grow">{t('starter.startingFrom', { name: starterName(chosen), count: chosen.words.length })}</span>
        <button type="button" aria-expanded={peek === chosen.id} onClick={() => setPeek(peek === chosen.id ? null : chosen.id)}>
          {t(peek === chosen.id ? 'common.hideWords' : 'common.showWords')}
        </button>
        <button type="button" onClick={() => onChoose(null)}>{t('starter.dontUse')}</button>
        {peek === chosen.id && <p class="words">{chosen.words.join(', ')}</p>}
      </div>
    );
  }
  return (
    <div class="stack">
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? 'starter.close' : 'starter.open')}
      </button>
      {open && activeLang() !== 'en' && <p class="muted small">{t('starter.englishNote')}</p>}
      {open && (
        <ul class="site-list" aria-label={t('starter.lists')}>
          {STARTER_LISTS.map((list) => (
            <li key={list.id} class="row site">
              <span class="grow">{starterName(list)} <span class="muted">{t('starter.count', { count: list.words.length })}</span></span>
              <button type="button" aria-expanded={peek === list.id} onClick={() => setPeek(peek === list.id ? null : list.id)}>
                {t(peek === list.id ? 'common.hideWords' : 'common.showWords')}
              </button>
              <button type="button" onClick={() => { onChoose(list); setOpen(false); }}>{t('starter.use')}</button>
              {peek === list.id && <p class="words">{list.words.join(', ')}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
