import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExerciseView } from '../../components/popup/ExerciseView';
import { findExercise } from '../../lib/exercises/catalog';
import type { CheckIn, CheckIns } from '../../lib/history/checkins';
import { defaultPrefs } from '../../lib/prefs/defaults';
import type { Prefs } from '../../lib/prefs/schema';

// "That one didn't help right now — that's okay": after an exercise, one tap opens a gentle way on
// (a different kind of practice, the person's people, urgent help, or leaving it here); a check-in
// that was lower afterwards opens it without being asked. Never an alarm.

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.useRealTimers();
});

const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent ?? '');
const press = (name: string | RegExp) => {
  const button = [...root.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));
  if (!button) throw new Error(`No button ${name}: ${buttons().join(', ')}`);
  act(() => button.click());
};
const choose = (name: string, value: number) => {
  const radio = [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((r) => r.value === String(value))!;
  act(() => {
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  });
};
const route = () => root.querySelector('[data-testid="not-helping"]');

function memoryCheckIns(): CheckIns & { saved: CheckIn[] } {
  const saved: CheckIn[] = [];
  return {
    saved,
    add: async (e) => {
      const c = { id: `c${saved.length}`, at: 1, ...e } as CheckIn;
      saved.push(c);
      return c;
    },
    list: async () => saved,
    prune: async () => 0,
    erase: async () => void saved.splice(0),
  };
}

function show(exerciseId: string, change: (p: Prefs) => void = () => {}, checkIns: CheckIns | null = null) {
  const prefs = defaultPrefs();
  prefs.people = [{ id: 'sam', name: 'Sam', link: 'sms:+441234567890' }];
  prefs.helplineCountry = 'GB';
  change(prefs);
  const tried: string[] = [];
  const back = vi.fn();
  act(() =>
    render(
      <ExerciseView
        exercise={findExercise(exerciseId)!}
        prefs={prefs}
        reducedMotion
        autoStart={false}
        checkIns={checkIns}
        onBack={back}
        onFavourite={() => {}}
        onHide={() => {}}
        onShowHistory={() => {}}
        onTry={(e) => void tried.push(e.id)}
      />,
      root,
    ),
  );
  return { tried, back };
}

describe('when a practice did not help', () => {
  it('offers the way on only once a practice has ended, and opens it with one tap', () => {
    show('humming');
    expect(buttons()).not.toContain('That one didn’t help');
    press('Start');
    press('Stop');
    expect(route()).toBeNull();
    press('That one didn’t help');
    expect(route()?.querySelector('h2')?.textContent).toBe('That one didn’t help right now — that’s okay.');
    expect(document.activeElement).toBe(route()?.querySelector('h2'));
    expect(buttons()).not.toContain('That one didn’t help');
  });

  it('offers a different kind of practice that starts in one tap, the person’s people and urgent help', () => {
    const { tried, back } = show('humming');
    press('Start');
    press('Stop');
    press('That one didn’t help');
    const text = route()!.textContent!;
    expect(text).toContain('Try something different: Looking around');
    expect([...route()!.querySelectorAll('a')].map((a) => a.textContent)).toContain('Sam');
    press('Need urgent help?');
    expect(route()!.textContent).toContain('In the UK, for an emergency call 999.');
    press(/^Try something different/);
    expect(tried).toEqual(['orienting']);
    press('Leave it here');
    expect(back).toHaveBeenCalledOnce();
  });

  it('never sounds an alarm or claims a crisis', () => {
    show('orienting');
    press('Start');
    press('Stop');
    press('That one didn’t help');
    expect(route()!.textContent!.toLowerCase()).not.toMatch(/crisis|danger|emergency|warning|alarm|at risk|you must/);
  });

  it('opens by itself after a check-in that was lower afterwards, and not after one that was not', async () => {
    for (const [after, opens] of [[3, true], [6, false]] as const) {
      const history = memoryCheckIns();
      show('orienting', (p) => (p.exercises.checkIns = true), history);
      choose('before-scale', 5);
      press('Start');
      press('Stop');
      choose('after-scale', after);
      await act(async () => press('Save check-in'));
      await act(async () => {});
      expect(history.saved.map((c) => [c.before?.scale, c.after?.scale])).toEqual([[5, after]]);
      expect(route() !== null, `after ${after}`).toBe(opens);
      act(() => render(null, root));
    }
  });
});
