import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreathingPractice } from '../../components/pause/BreathingPractice';
import { ExercisePlayer } from '../../components/players/ExercisePlayer';
import { findExercise } from '../../lib/exercises/catalog';

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
  vi.unstubAllGlobals();
});

const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
const press = (name: string) => {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`No button ${name}: ${buttons().join(', ')}`);
  act(() => button.click());
};
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const live = () => [...root.querySelectorAll('[aria-live="polite"]')].map((r) => r.textContent).join(' | ');

const OFF = { enabled: false, name: '', rate: 0.9 };

describe('the pause card’s breathing player', () => {
  it('starts only when asked, shows Pause, Skip and Stop while it runs, and announces phases politely', () => {
    act(() => render(<BreathingPractice pace={4} breaths={3} reducedMotion={false} />, root));
    expect(buttons()).toEqual(['Three slow breaths']);
    wait(30_000);
    expect(live()).toBe('');
    expect(root.querySelector('.pl-orb')?.className).toContain('pl-small');

    press('Three slow breaths');
    expect(buttons()).toEqual(['Pause', 'Skip', 'Stop']);
    expect(live()).toBe('Breathing in, gently (1 of 3)');
    expect(root.querySelector('.pl-orb')?.className).toContain('pl-grow');
    wait(4000);
    expect(live()).toBe('And slowly out (1 of 3)');
    expect(root.querySelector('.pl-orb')?.className).toContain('pl-shrink');
    wait(4000);
    expect(live()).toBe('Breathing in, gently (2 of 3)');
  });

  it('pauses the circle and the clock, resumes, skips a breath and stops', () => {
    act(() => render(<BreathingPractice pace={4} breaths={3} reducedMotion={false} />, root));
    press('Three slow breaths');
    wait(2000);
    press('Pause');
    expect(buttons()).toEqual(['Resume', 'Skip', 'Stop']);
    expect(root.querySelector('.pl-orb')?.className).toContain('pl-paused');
    wait(60_000);
    expect(live()).toContain('Breathing in, gently (1 of 3)');
    press('Resume');
    wait(1999);
    expect(live()).toContain('(1 of 3)');
    wait(1);
    expect(live()).toBe('And slowly out (1 of 3)');
    press('Skip');
    expect(live()).toBe('Breathing in, gently (2 of 3)');
    press('Stop');
    expect(buttons()).toEqual(['Three slow breaths']);
    expect(live()).toContain('Stopped');
    wait(60_000);
    expect(buttons()).toEqual(['Three slow breaths']);
  });

  it('finishes after the last breath and offers it again', () => {
    const done = vi.fn();
    act(() => render(<BreathingPractice pace={3} breaths={3} reducedMotion={false} onDone={done} />, root));
    press('Three slow breaths');
    wait(3 * 2 * 3000);
    expect(live()).toBe('Done. You might notice how you feel.');
    expect(buttons()).toEqual(['Again']);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('keeps everything still with reduced motion and marks the phase in words', () => {
    act(() => render(<BreathingPractice pace={4} breaths={3} reducedMotion={true} />, root));
    press('Three slow breaths');
    expect(root.querySelector('.pl-orb')).toBeNull();
    expect(root.querySelector('.pl-now')?.textContent).toBe('In');
    wait(4000);
    expect(root.querySelector('.pl-now')?.textContent).toBe('Out');
  });
});

describe('the exercise player', () => {
  const orienting = findExercise('orienting')!;
  const settings = { breathPace: 4, breathHolds: false, stepTimer: false };

  it('waits for the person between steps when the timer is off', () => {
    act(() => render(<ExercisePlayer exercise={orienting} settings={settings} voice={OFF} chime={false} reducedMotion={false} />, root));
    expect(buttons()).toEqual(['Start']);
    press('Start');
    expect(buttons()).toEqual(['Pause', 'Next', 'Stop']);
    expect(live()).toContain(orienting.steps[0]!.text);
    wait(10 * 60_000);
    expect(live()).toContain(orienting.steps[0]!.text);
    press('Next');
    expect(live()).toContain(orienting.steps[1]!.text);
    expect(root.textContent).toContain(`Step 2 of ${orienting.steps.length}`);
  });

  it('moves on by itself with the timer on, and reports the end', () => {
    const onEnd = vi.fn();
    act(() => render(<ExercisePlayer exercise={orienting} settings={{ ...settings, stepTimer: true }} voice={OFF} chime={false} reducedMotion={false} autoStart onEnd={onEnd} />, root));
    expect(buttons()).toEqual(['Pause', 'Skip', 'Stop']);
    wait(orienting.steps[0]!.seconds * 1000);
    expect(live()).toContain(orienting.steps[1]!.text);
    wait(orienting.durationSeconds * 1000);
    expect(onEnd).toHaveBeenCalledWith('done');
    expect(buttons()).toEqual(['Again']);
  });

  it('shows the breathing guide during the guided step of a breathing exercise', () => {
    const exercise = findExercise('longer-out-breath')!;
    act(() => render(<ExercisePlayer exercise={exercise} settings={settings} voice={OFF} chime={false} reducedMotion={false} />, root));
    press('Start');
    expect(root.querySelector('.pl-orb')).toBeNull();
    press('Next');
    expect(root.querySelector('.pl-orb')).not.toBeNull();
    expect(live()).toContain('Breathing in, gently (1 of 7)');
    // Breathing runs on its own clock even with the step timer off.
    wait(4000);
    expect(live()).toContain('And slowly out (1 of 7)');
    expect(buttons()).toEqual(['Pause', 'Skip', 'Stop']);
    press('Skip');
    expect(root.querySelector('.pl-orb')).toBeNull();
    expect(live()).toContain(exercise.steps[2]!.text);
  });

  it('says nothing aloud and makes no sound unless the person turned guidance and chime on', () => {
    const speak = vi.fn();
    const cancel = vi.fn();
    const voice = { name: 'Local', lang: 'en-GB', localService: true, default: true };
    vi.stubGlobal('speechSynthesis', { speak, cancel, getVoices: () => [voice, { ...voice, name: 'Remote', localService: false, default: false }] });
    vi.stubGlobal('SpeechSynthesisUtterance', class { voice: unknown; rate = 1; lang = ''; constructor(public text: string) {} });
    const started = vi.fn();
    const param = { value: 0, setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
    const node = () => ({ connect: (next: unknown) => next, frequency: param, gain: param, type: '', start: started, stop: vi.fn() });
    const audio = vi.fn(function FakeAudioContext() {
      return { state: 'running', currentTime: 0, destination: {}, createOscillator: node, createGain: node, close: async () => undefined };
    });
    vi.stubGlobal('AudioContext', audio);

    act(() => render(<ExercisePlayer exercise={orienting} settings={settings} voice={OFF} chime={false} reducedMotion={false} />, root));
    press('Start');
    press('Next');
    expect(speak).not.toHaveBeenCalled();
    expect(audio).not.toHaveBeenCalled();
    act(() => render(null, root));

    act(() => render(<ExercisePlayer exercise={orienting} settings={settings} voice={{ enabled: true, name: 'Remote', rate: 0.8 }} chime={true} reducedMotion={false} />, root));
    press('Start');
    expect(speak).toHaveBeenCalledTimes(1);
    const said = speak.mock.calls[0]![0];
    expect(said.text).toBe(orienting.steps[0]!.text);
    expect(said.rate).toBe(0.8);
    // A voice that would send the text to a server is never used.
    expect(said.voice.name).toBe('Local');
    expect(audio).toHaveBeenCalledTimes(1);
    expect(started).toHaveBeenCalled();
    press('Pause');
    expect(cancel).toHaveBeenCalled();
  });
});

describe('keyboard focus in the players', () => {
  it('keeps focus on the first button from Start to Pause, and brings it back there after Stop', () => {
    act(() => render(<BreathingPractice pace={4} breaths={3} reducedMotion={false} />, root));
    const first = root.querySelector('button')!;
    first.focus();
    act(() => first.click());
    expect(document.activeElement).toBe(first);
    expect(first.textContent).toBe('Pause');
    const stop = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Stop')!;
    stop.focus();
    act(() => stop.click());
    expect(stop.isConnected).toBe(false);
    expect(document.activeElement).toBe(first);
    expect(first.textContent).toBe('Three slow breaths');
  });
});
