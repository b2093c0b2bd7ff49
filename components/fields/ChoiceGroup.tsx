import type { ComponentChild } from 'preact';
import { usePending } from './use-pending';
export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: ReadonlyArray<{ value: T; label: ComponentChild; hint?: string }>;
  /** Return the save's promise: the choice stays shown until it settles. */
  onChange: (value: T) => unknown;
}

/** A labelled radio group: every choice is visible at once, which keeps settings predictable. */
export function ChoiceGroup<T extends string>({ legend, name, value, choices, onChange }: ChoiceGroupProps<T>) {
  const [shown, choose] = usePending(value, onChange);
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === shown}
            onChange={() => choose(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint && <span class="muted hint"> {choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
