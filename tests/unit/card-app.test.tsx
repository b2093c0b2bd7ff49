import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardApp } from '../../components/pause/CardApp';
import type { CardLink } from '../../lib/pause/card-link';
import type { CardCommand, CardOutcome } from '../../lib/pause/card-protocol';
import { defaultPrefs } from '../../lib/prefs/defaults';
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

function show(change: (prefs: Prefs) => void = () => {}) {
  const prefs = defaultPrefs();
  change(prefs);
  const sent: CardOutcome[] = [];
  const commands: Array<(command: CardCommand) => void> = [];
  const link: CardLink = {
    request: { key: 'site1', label: 'Hard news', kind: 'site' },
    send: (outcome) => void sent.push(outcome),
    onCommand: (listener) => void commands.push(listener),
  };
  act(() => render(<CardApp link={link} prefs={prefs} now={() => clock} />, root));
  return { sent, command: (c: CardCommand) => act(() => commands.forEach((l) => l(c))) };
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
