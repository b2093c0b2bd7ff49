import type { Prefs } from '../prefs/schema';

export type VoicePrefs = Prefs['appearance']['voice'];

/**
 * Only voices that run on this device: some browsers offer voices that send the text to a server,
 * and Steady makes no network requests.
 */
export function localVoices(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): SpeechSynthesisVoice[] {
  return synth ? synth.getVoices().filter((v) => v.localService) : [];
}

/** The person's voice if it is still installed, otherwise the system's local default, otherwise none. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], name: string, lang = 'en'): SpeechSynthesisVoice | undefined {
  return (
    voices.find((v) => v.name === name) ??
    voices.find((v) => v.default) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase())) ??
    voices[0]
  );
}

/** Says `text` with the chosen voice, replacing anything still being said. Silent when guidance is off. */
export function speak(text: string, prefs: VoicePrefs, synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): void {
  if (!prefs.enabled || !synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const voices = localVoices(synth);
  if (synth.getVoices().length === 0) {
    // Browsers list their voices a moment after the page opens; say it once they are known.
    synth.addEventListener?.('voiceschanged', () => localVoices(synth).length > 0 && speak(text, prefs, synth), { once: true });
    return;
  }
  const voice = pickVoice(voices, prefs.name, document.documentElement.lang || 'en');
  if (!voice) return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = prefs.rate;
  synth.speak(utterance);
}

export function hush(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): void {
  synth?.cancel();
}
