import { afterEach, describe, expect, it, vi } from 'vitest';
import { localVoices, pickVoice, speak } from '../../lib/players/speech';

const v = (name: string, localService = true, isDefault = false, lang = 'en-GB') => ({ name, localService, default: isDefault, lang, voiceURI: name }) as SpeechSynthesisVoice;

function fakeSynth(voices: SpeechSynthesisVoice[]) {
  const listeners: Array<() => void> = [];
  return {
    voices,
    speak: vi.fn(),
    cancel: vi.fn(),
    getVoices: () => voices,
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
    fire: () => listeners.splice(0).forEach((fn) => fn()),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('spoken guidance', () => {
  it('offers only voices that run on this device', () => {
    const synth = fakeSynth([v('Cloud', false, true), v('Here')]);
    expect(localVoices(synth as unknown as SpeechSynthesis).map((x) => x.name)).toEqual(['Here']);
  });

  it('uses the chosen voice, else the local default, else one in the page’s language', () => {
    const voices = [v('Fr', true, false, 'fr-FR'), v('En', true, false, 'en-US'), v('Default', true, true)];
    expect(pickVoice(voices, 'Fr')?.name).toBe('Fr');
    expect(pickVoice(voices, 'Gone')?.name).toBe('Default');
    expect(pickVoice(voices.slice(0, 2), '')?.name).toBe('En');
    expect(pickVoice([], '')).toBeUndefined();
  });

  it('stays silent when guidance is off or only remote voices exist', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', class { constructor(public text: string) {} });
    const synth = fakeSynth([v('Here')]);
    speak('hello', { enabled: false, name: '', rate: 1 }, synth as unknown as SpeechSynthesis);
    const remoteOnly = fakeSynth([v('Cloud', false, true)]);
    speak('hello', { enabled: true, name: '', rate: 1 }, remoteOnly as unknown as SpeechSynthesis);
    expect(synth.speak).not.toHaveBeenCalled();
    expect(remoteOnly.speak).not.toHaveBeenCalled();
  });

  it('waits for the browser to list its voices before speaking', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', class { constructor(public text: string) {} });
    const synth = fakeSynth([]);
    speak('hello', { enabled: true, name: '', rate: 0.9 }, synth as unknown as SpeechSynthesis);
    expect(synth.speak).not.toHaveBeenCalled();
    synth.voices.push(v('Here'));
    synth.fire();
    expect(synth.speak).toHaveBeenCalledTimes(1);
    expect(synth.speak.mock.calls[0]![0]).toMatchObject({ text: 'hello', rate: 0.9 });
  });
});
