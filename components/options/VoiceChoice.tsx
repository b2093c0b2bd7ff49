import { useEffect, useState } from 'preact/hooks';
import { localVoices, speak, type VoicePrefs } from '../../lib/players/speech';
import type { SectionProps } from './types';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { Toggle } from '../fields/Toggle';
import { t } from '../../lib/i18n';

export interface VoiceChoiceProps {
  voice: VoicePrefs;
  save: SectionProps['save'];
}

const rateChoices = () => [
  { value: '0.75', label: t('voice.slower') },
  { value: '0.9', label: t('voice.gentle') },
  { value: '1', label: t('voice.usual') },
  { value: '1.2', label: t('voice.quicker') },
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
  const known = rateChoices();
  const rates = known.some((r) => Number(r.value) === voice.rate) ? known : [...known, { value: String(voice.rate), label: `${voice.rate}×` }];
  return (
    <div class="stack voice">
      <Toggle
        label={t('voice.guidance')}
        hint={t('voice.guidanceHint')}
        checked={voice.enabled}
        onChange={(enabled) => save({ appearance: { voice: { enabled } } })}
      />
      {voice.enabled && (
        <div class="stack indent">
          {voices.length === 0 ? (
            <p class="muted">{t('voice.none')}</p>
          ) : (
            <label class="field-line">
              {t('voice.voice')}{' '}
              <select value={voice.name} onChange={(e) => save({ appearance: { voice: { name: e.currentTarget.value } } })}>
                <option value="">{t('voice.default')}</option>
                {voices.map((v) => (
                  <option key={v.name} value={v.name}>{v.name} ({v.lang})</option>
                ))}
              </select>
            </label>
          )}
          <ChoiceGroup
            legend={t('voice.speed')}
            name="voice-rate"
            value={String(rates.find((r) => Number(r.value) === voice.rate)?.value)}
            choices={rates}
            onChange={(rate) => save({ appearance: { voice: { rate: Number(rate) } } })}
          />
          {voices.length > 0 && (
            <div>
              <button type="button" onClick={() => speak(t('voice.sampleText'), voice)}>{t('voice.sample')}</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
