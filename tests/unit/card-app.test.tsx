import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardApp, LEARN_WAIT_MS } from '../../components/pause/CardApp';
import type { CardLink } from '../../lib/pause/card-link';
import type { CardCommand, CardOutcome } from '../../lib/pause/card-protocol';
import { defaultPrefs } from '../../lib/prefs/defaults';
import type { CheckIn } from '../../lib/history/checkins';
import type { Prefs } from '../../lib/prefs/schema';

// The card page in its frame: Esc means Continue (after any gentle wait), the page script's
// "escape" command does the same, and events no person made (isTrusted false: a script's) do
// nothing. happy-dom's dispatched events are untrusted; a trusted one is made by defining
// isTrusted on the event, which is what the browser sets for real input.

let root: HTMLElement;
let clock = 1_000_000;
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

function show(change: (prefs: Prefs) => void = () => {}, extra: { loadCheckIns?: () => Promise<CheckIn[]>; saved?: string[] } = {}) {
  const prefs = defaultPrefs();
  change(prefs);
  const saved = extra.saved ?? [];
  const sent: CardOutcome[] = [];
  const commands: Array<(command: CardCommand) => void> = [];
  const link: CardLink = {
    request: { key: 'site1', label: 'Hard news', kind: 'site' },
    send: (outcome) => void sent.push(outcome),
    onCommand: (listener) => void commands.push(listener),
  };
  act(() =>
    render(<CardApp link={link} prefs={prefs} now={() => clock} loadCheckIns={extra.loadCheckIns} savePractice={(id) => void saved.push(id)} />, root),
  );
  return { saved, sent, command: (c: CardCommand) => act(() => commands.forEach((l) => l(c))) };
}

const trusted = <E extends Event>(event: E) => Object.defineProperty(event, 'isTrusted', { get: () => true });
const escape = (isTrusted: boolean) => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  act(() => void document.dispatchEvent(isTrusted ? trusted(event) : event));
};
const click = (name: string, isTrusted: boolean) => {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  act(() => void button.dispatchEvent(isTrusted ? trusted(event) : event));
};
const continued = (sent: CardOutcome[]) => sent.filter((o) => o.type === 'continue').length;

describe('the card page', () => {
  it('names the person’s label', () => {
    show();
    expect(root.querySelector('h1')?.textContent).toBe('Pause for: Hard news');
  });

  it('continues on the person’s Esc', () => {
    const { sent } = show();
    escape(true);
    expect(continued(sent)).toBe(1);
  });

  it('ignores an Esc or a click that a script made', () => {
    const { sent } = show();
    escape(false);
    click('Continue', false);
    click('Not now on this site', false);
    expect(sent).toEqual([]);
    expect(root.textContent).not.toContain('No pauses on this site for');
  });

  it('continues on the person’s click, and snoozes with the length they chose', () => {
    const { sent } = show();
    click('Continue', true);
    click('Not now on this site', true);
    click('The rest of today', true);
    expect(sent).toEqual([{ type: 'continue' }, { type: 'snooze', length: 'rest-of-day' }]);
  });

  it('treats the page script’s escape (the browser’s Esc on the cover) as Continue', () => {
    const { sent, command } = show();
    command({ type: 'escape' });
    expect(continued(sent)).toBe(1);
  });

  it('holds Esc and Continue until a gentle wait the person asked for is over, and never restarts it', () => {
    const { sent, command } = show((p) => (p.pause.gentleDelaySeconds = 5));
    escape(true);
    command({ type: 'escape' });
    click('Continue', true);
    expect(continued(sent)).toBe(0);
    clock += 5_000;
    act(() => void vi.advanceTimersByTime(5_000));
    escape(true);
    expect(continued(sent)).toBe(1);
  });
});

const practiceButtons = () => [...root.querySelectorAll<HTMLButtonElement>('.practice-choices button')].map((b) => b.textContent);
const rated = (exerciseId: string, before: number, after: number, i: number): CheckIn => ({ id: `c${i}`, at: i, exerciseId, before: { scale: before }, after: { scale: after } });

describe('the card’s short practices', () => {
  it('offers a choice of three, the eyes-open, non-breath ones first', () => {
    show();
    expect(practiceButtons()).toEqual(['Look around you', 'Feet on the floor', 'Three slow breaths']);
    expect(root.textContent).toContain('If you like, a short practice. Each one can be stopped at any time.');
  });

  it('starts the one the person picks, with Stop at hand, and remembers it for next time', () => {
    const { saved } = show();
    click('Feet on the floor', true);
    expect(saved).toEqual(['feet-on-floor']);
    expect(root.querySelector('.practice')?.getAttribute('data-running')).toBe('feet-on-floor');
    // Focus moves to the player rather than being lost with the button that was pressed.
    expect(document.activeElement?.textContent).toBe('Pause');
    expect(root.textContent).toContain('Step 1 of 3You can stop whenever you like.');
    click('Next', true);
    expect(root.textContent).toContain('press your feet gently into the floor');
    click('Stop', true);
    expect(practiceButtons()).toEqual(['Look around you', 'Feet on the floor', 'Three slow breaths']);
    expect(document.activeElement?.textContent).toBe('Look around you');
    expect(root.textContent).toContain('Stopped. That is completely fine.');
  });

  it('starts nothing on a click a script made', () => {
    const { saved } = show();
    click('Three slow breaths', false);
    expect(saved).toEqual([]);
    expect(root.querySelector('.practice')?.getAttribute('data-running')).toBeNull();
  });

  it('offers last time’s pick first, and the person’s favourite before that', () => {
    show((p) => (p.pause.practice = 'three-breaths'));
    expect(practiceButtons()[0]).toBe('Three slow breaths');
    act(() => render(null, root));
    show((p) => {
      p.pause.practice = 'three-breaths';
      p.exercises.favourites = ['feet-and-hands'];
    });
    expect(practiceButtons()).toEqual(['Feet on the floor', 'Three slow breaths', 'Look around you']);
  });

  it('orders by what helped, from the person’s own check-ins, and says so in one line', async () => {
    const list = [rated('feet-and-hands', 2, 6, 1), rated('feet-and-hands', 3, 5, 2)];
    const loadCheckIns = vi.fn(async () => list);
    show((p) => (p.exercises.checkIns = true), { loadCheckIns });
    await act(async () => {});
    expect(loadCheckIns).toHaveBeenCalledOnce();
    expect(practiceButtons()).toEqual(['Feet on the floor', 'Look around you', 'Three slow breaths']);
    expect(root.querySelector('.learned')?.textContent).toBe('In the order your own check-ins on this device say has helped you most.');
  });

  it('reads no check-ins at all with learning turned off', async () => {
    const loadCheckIns = vi.fn(async () => [rated('feet-and-hands', 2, 6, 1), rated('feet-and-hands', 3, 5, 2)]);
    show((p) => {
      p.exercises.checkIns = true;
      p.exercises.learnFromCheckIns = false;
    }, { loadCheckIns });
    await act(async () => {});
    expect(loadCheckIns).not.toHaveBeenCalled();
    expect(practiceButtons()[0]).toBe('Look around you');
    expect(root.querySelector('.learned')).toBeNull();
  });

  it('never holds the pause up: if the check-ins are slow, the usual order comes after a moment', () => {
    show((p) => (p.exercises.checkIns = true), { loadCheckIns: () => new Promise<CheckIn[]>(() => {}) });
    expect(root.querySelector<HTMLElement>('.practice-choices')?.style.visibility).toBe('hidden');
    act(() => void vi.advanceTimersByTime(LEARN_WAIT_MS));
    expect(practiceButtons()).toEqual(['Look around you', 'Feet on the floor', 'Three slow breaths']);
    expect(root.querySelector<HTMLElement>('.practice-choices')?.style.visibility).toBe('');
  });
});

