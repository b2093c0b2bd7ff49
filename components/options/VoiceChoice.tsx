import { useEffect, useState } from 'preact/hooks';
import { localVoices, speak, type VoicePrefs } from '../../lib/players/speech';
import type { SectionProps } from './types';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { Toggle } from '../fields/Toggle';

export interface VoiceChoiceProps {
  voice: VoicePrefs;
  save: SectionProps['save'];
}

const RATES = [
  { value: '0.75', label: 'Slower' },
  { value: '0.9', label: 'Gentle' },
  { value: '1', label: 'Usual' },
  { value: '1.2', label: 'A little quicker' },
];

/** Spoken guidance: off unless turned on, and only with voices that run on this device. */
export function VoiceChoice({ voice, save }: VoiceChoiceProps) {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => localVoices());
  useEffect(() => {
    const synth = globalThis.speechSynthesis;
    if (!synth) return;
    // Browsers list their voices a moment after the page loads.
    const refresh = () => setVoices(localVoices(synth));
    synth.addEventListener('voiceschanged', refresh);
    return () => synth.removeEventListener('voiceschanged', refresh);
  }, []);
  const rates = RATES.some((r) => Number(r.value) === voice.rate) ? RATES : [...RATES, { value: String(voice.rate), label: `${voice.rate}×` }];
  return (
    <div class="stack voice">
      <Toggle
        label="Spoken guidance"
        hint="(reads each step aloud with a voice on this device)"
        checked={voice.enabled}
        onChange={(enabled) => void save({ appearance: { voice: { enabled } } })}
      />
      {voice.enabled && (
        <div class="stack indent">
          {voices.length === 0 ? (
            <p class="muted">No voices are installed on this device, so guidance stays quiet. The words still show on screen.</p>
          ) : (
            <label class="field-line">
              Voice{' '}
              <select value={voice.name} onChange={(e) => void save({ appearance: { voice: { name: e.currentTarget.value } } })}>
                <option value="">This device’s default voice</option>
                {voices.map((v) => (
                  <option key={v.name} value={v.name}>{v.name} ({v.lang})</option>
                ))}
              </select>
            </label>
          )}
          <ChoiceGroup
            legend="Speed"
            name="voice-rate"
            value={String(rates.find((r) => Number(r.value) === voice.rate)?.value)}
            choices={rates}
            onChange={(rate) => void save({ appearance: { voice: { rate: Number(rate) } } })}
          />
          {voices.length > 0 && (
            <div>
              <button type="button" onClick={() => speak('You can stop whenever you like.', voice)}>Hear a sample</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
