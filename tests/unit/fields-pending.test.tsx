import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ChoiceGroup } from '../../components/fields/ChoiceGroup';
import { Toggle } from '../../components/fields/Toggle';
import { preactRoot } from './preact-root';

const root = preactRoot();

/** A save the test answers by hand, so a render can come in while it is on its way. */
function slowSave() {
  let settle!: (ok: boolean) => void;
  const promise = new Promise<boolean>((resolve) => (settle = resolve));
  return { promise, settle };
}

const radio = (value: string) => root().querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const choices = [
  { value: 'once', label: 'Once' },
  { value: 'every', label: 'Every visit' },
];

describe('a choice being saved', () => {
  it('stays shown when the page renders again before the save answers, then shows what was saved', async () => {
    let save = slowSave();
    const draw = (value: string) => act(() => render(<ChoiceGroup legend="How often" name="f" value={value} choices={choices} onChange={() => save.promise} />, root()));
    draw('every');
    act(() => radio('once').click());
    draw('every'); // a late first read, or another tab's change, renders the old value
    expect(radio('once').checked).toBe(true);
    await act(async () => save.settle(true));
    draw('once');
    expect(radio('once').checked).toBe(true);

    // Refused: the old value comes back once the save has answered (its message says why).
    save = slowSave();
    act(() => radio('every').click());
    expect(radio('every').checked).toBe(true);
    await act(async () => save.settle(false));
    draw('once');
    expect(radio('once').checked).toBe(true);
    expect(radio('every').checked).toBe(false);
  });

  it('holds a toggle the same way', async () => {
    const save = slowSave();
    const draw = (checked: boolean) => act(() => render(<Toggle label="Sync" checked={checked} onChange={() => save.promise} />, root()));
    draw(false);
    const box = root().querySelector<HTMLInputElement>('input')!;
    act(() => box.click());
    draw(false);
    expect(box.checked).toBe(true);
    await act(async () => save.settle(false));
    draw(false);
    expect(box.checked).toBe(false);
  });
});
