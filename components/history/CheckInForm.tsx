import { SCALE_MAX, SCALE_MIN, WORDS_MAX, type Feeling } from '../../lib/history/checkins';
import { t } from '../../lib/i18n';

export interface CheckInFormProps {
  /** Unique per page, used for ids and the radio group's name. */
  id: string;
  question: string;
  value: Feeling;
  onChange: (value: Feeling) => void;
}

const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

/** "How are you right now?" as a number from 0 to 10, a few words, both or neither. */
export function CheckInForm({ id, question, value, onChange }: CheckInFormProps) {
  return (
    <div class="checkin stack">
      <fieldset class="checkin-scale">
        <legend>{question}</legend>
        <p class="muted checkin-hint" id={`${id}-hint`}>{t('checkIn.hint')}</p>
        <div class="scale" role="presentation">
          {SCALE.map((n) => (
            <label key={n} class="scale-point">
              <input
                type="radio"
                name={`${id}-scale`}
                value={n}
                checked={value.scale === n}
                aria-describedby={n === SCALE_MIN ? `${id}-hint` : undefined}
                onChange={() => onChange({ ...value, scale: n })}
              />
              <span>{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="checkin-words">
        <span>{t('checkIn.words')} <span class="muted">{t('checkIn.optional')}</span></span>
        <input type="text" maxLength={WORDS_MAX} value={value.words ?? ''} autocomplete="off" onInput={(e) => onChange({ ...value, words: e.currentTarget.value })} />
      </label>
    </div>
  );
}
