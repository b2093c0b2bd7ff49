import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { HearFrom } from '../../components/people-words/HearFrom';
import { PauseCard, type PauseCardProps } from '../../components/pause/PauseCard';
import type { WordsEntry } from '../../lib/people-words/words';
import { defaultPlan, defaultPrefs } from '../../lib/prefs/defaults';
import { preactRoot } from './preact-root';

// One tap plays a recording from someone who cares about the person; one more stops it; nothing keeps
// playing once the words close. The card offers them, and the plan, only when the person chose to.

const root = preactRoot();

const sam: WordsEntry[] = [
  { id: 't', from: 'Sam', at: 1, kind: 'text', text: 'Proud of you.' },
  { id: 'v', from: 'Sam', at: 2, kind: 'voice', durationMs: 4000, mime: 'audio/webm' },
];

function fakeAudio() {
  const made: Array<{ url: string; playing: boolean; onended: (() => void) | null }> = [];
  const makeAudio = (url: string) => {
    const el = { url, playing: false, onended: null as (() => void) | null, play: async () => void (el.playing = true), pause: () => void (el.playing = false) };
    made.push(el);
    return el as unknown as HTMLAudioElement;
  };
  return { made, makeAudio };
}
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const button = (text: RegExp) => [...root().querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''))!;

describe('hearing from someone', () => {
  it('plays at once when asked, stops on one tap, keeps focus on the same button, and stops on close', async () => {
    const audio = fakeAudio();
    const load = vi.fn(async () => ({ mime: 'audio/webm', bytes: new Uint8Array([1, 2, 3]).buffer }));
    act(() => render(<HearFrom entries={sam} loadRecording={load} autoPlay makeAudio={audio.makeAudio} />, root()));
    await flush();
    expect(root().textContent).toContain('Proud of you.');
    expect(load).toHaveBeenCalledWith('v');
    expect(audio.made[0]?.playing).toBe(true);
    expect(root().querySelector('[role=status]')?.textContent).toBe('Playing Sam’s recording.');
    const stop = button(/^Stop$/);
    stop.focus();
    act(() => stop.click());
    expect(audio.made[0]?.playing).toBe(false);
    expect(root().querySelector('[role=status]')?.textContent).toBe('Stopped.');
    expect(document.activeElement?.textContent).toBe('Play (4 seconds)');

    act(() => button(/^Play/).click());
    await flush();
    expect(audio.made[1]?.playing).toBe(true);
    act(() => render(null, root()));
    expect(audio.made[1]?.playing).toBe(false);
  });

  it('says so when a recording is gone, and does not start without being asked', async () => {
    const audio = fakeAudio();
    act(() => render(<HearFrom entries={sam} loadRecording={async () => undefined} makeAudio={audio.makeAudio} />, root()));
    await flush();
    expect(audio.made).toEqual([]);
    act(() => button(/^Play/).click());
    await flush();
    expect(root().querySelector('[role=status]')?.textContent).toMatch(/could not be found/);
  });
});

describe('the pause card’s relational choices', () => {
  const base = (): PauseCardProps => ({
    label: '',
    people: [],
    helplineCountry: '',
    snoozeMinutes: [15],
    practices: [],
    settings: defaultPrefs().exercises,
    voice: defaultPrefs().appearance.voice,
    chime: false,
    reducedMotion: true,
    onPickPractice: () => undefined,
    waitMs: 0,
    onContinue: () => undefined,
    onLeave: () => undefined,
    onSnooze: () => undefined,
  });
  const names = () => [...root().querySelectorAll('button')].map((b) => b.textContent);

  it('offers neither unless the person chose them', () => {
    act(() => render(<PauseCard {...base()} />, root()));
    expect(names()).not.toContain('My steadying plan');
    expect(names().some((n) => n?.startsWith('Hear from'))).toBe(false);
  });

  it('offers “Hear from …” once per person and the plan, which never shows what knocks the person off balance', () => {
    const plan = { ...defaultPlan(), offBalance: 'Late news', helps: 'Tea' };
    const words = { entries: [...sam, { id: 'a', from: 'Alex', at: 3, kind: 'text' as const, text: 'Hi' }], loadRecording: async () => undefined };
    act(() => render(<PauseCard {...base()} plan={plan} words={words} />, root()));
    expect(names().filter((n) => n?.startsWith('Hear from'))).toEqual(['Hear from Sam', 'Hear from Alex']);
    // The card answers only the person's own input (the browser's isTrusted), never a script's click.
    const click = Object.defineProperty(new MouseEvent('click', { bubbles: true }), 'isTrusted', { get: () => true });
    act(() => void button(/^My steadying plan$/).dispatchEvent(click));
    expect(root().textContent).toContain('Tea');
    expect(root().textContent).not.toContain('Late news');
  });
});
