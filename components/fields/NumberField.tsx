import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  /** Called only with whole numbers inside [min, max]; anything else is explained and not saved. */
  onCommit: (value: number) => void;
}

export function NumberField({ label, value, min, max, unit, onCommit }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState('');
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const n = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || n < min || n > max) {
      setError(t('field.wholeNumber', { min, max }));
      return;
    }
    setError('');
    if (n !== value) onCommit(n);
  };
  return (
    <div class="field">
      <label>
        {label}{' '}
        <input
          type="text"
          inputMode="numeric"
          size={5}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={commit}
        />{' '}
        <span class="muted">{unit}</span>
      </label>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
