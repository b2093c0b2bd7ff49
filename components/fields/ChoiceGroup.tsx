import type { ComponentChild } from 'preact';
export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: ReadonlyArray<{ value: T; label: ComponentChild; hint?: string }>;
  onChange: (value: T) => void;
}

/** A labelled radio group: every choice is visible at once, which keeps settings predictable. */
export function ChoiceGroup<T extends string>({ legend, name, value, choices, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
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
