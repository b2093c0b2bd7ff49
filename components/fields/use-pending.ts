import { useState } from 'preact/hooks';

/**
 * What a field shows while the person's choice is being saved. Preact sets `checked` from props on
 * every render, so a render that comes in before the save answers (another tab's change, a late first
 * read) would flip the choice back under the person's hand. The choice stays shown until the save
 * settles; then the saved value (or, if it was refused, the old one with its message) shows.
 */
export function usePending<T>(value: T, onChange: (value: T) => unknown): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const choose = (next: T) => {
    const result = onChange(next);
    if (!(result instanceof Promise)) return;
    setPending({ value: next });
    void result.catch(() => undefined).finally(() => setPending((p) => (p?.value === next ? null : p)));
  };
  return [pending ? pending.value : value, choose];
}
