import { usePending } from './use-pending';

export interface ToggleProps {
  label: string;
  hint?: string;
  checked: boolean;
  /** Return the save's promise: the choice stays shown until it settles. */
  onChange: (checked: boolean) => unknown;
}

export function Toggle({ label, hint, checked, onChange }: ToggleProps) {
  const [shown, choose] = usePending(checked, onChange);
  return (
    <label class="choice">
      <input type="checkbox" checked={shown} onChange={(e) => choose(e.currentTarget.checked)} />
      <span>
        {label}
        {hint && <span class="muted hint"> {hint}</span>}
      </span>
    </label>
  );
}
