import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PausePractice } from '../../lib/exercises/pause-practices';
import type { PlanSettings } from '../../lib/players/plan';
import type { VoicePrefs } from '../../lib/players/speech';
import { ExercisePlayer } from '../players/ExercisePlayer';
import { BreathingPractice } from './BreathingPractice';
import { exerciseText, t } from '../../lib/i18n';

export interface PausePracticesProps {
  /** In the order to offer them; null while the order is still being worked out (kept invisible, same size). */
  practices: readonly PausePractice[] | null;
  /** The person's own check-ins shaped the order: say so in one line. */
  learned: boolean;
  settings: PlanSettings;
  voice: VoicePrefs;
  chime: boolean;
  reducedMotion: boolean;
  /** The person picked one (remembered for next time). */
  onPick: (id: string) => void;
}

const ENDED = { done: 'practices.ended', stopped: 'player.stopped' } as const;

/**
 * The pause card's short practices: one tap starts one, and it plays right here with the same
 * players the popup uses (Pause, Next or Skip, and Stop while it runs). When it ends, the choices
 * come back, so another is one tap away. Events a script made (isTrusted false) start nothing.
 */
export function PausePractices({ practices, learned, settings, voice, chime, reducedMotion, onPick }: PausePracticesProps) {
  const [running, setRunning] = useState<PausePractice | null>(null);
  const [ended, setEnded] = useState<'' | keyof typeof ENDED>('');
  const group = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const returning = useRef(false);

  useLayoutEffect(() => {
    // The button that was pressed goes away as the practice starts (and the player's with it as it
    // ends): focus moves to Pause, and afterwards back to the first choice, rather than being lost.
    if (running) box.current?.querySelector<HTMLButtonElement>('.pl-controls button')?.focus();
    else if (returning.current) group.current?.querySelector<HTMLButtonElement>('button')?.focus();
    returning.current = false;
  }, [running]);

  const end = (outcome: 'done' | 'stopped') => {
    returning.current = true;
    setEnded(outcome);
    setRunning(null);
  };
  const pick = (practice: PausePractice) => (event: Event) => {
    if (!event.isTrusted) return;
    setEnded('');
    setRunning(practice);
    onPick(practice.id);
  };

  const shown = practices ?? [];
  // The live region stays mounted throughout: one that appears together with its text is often not announced.
  return (
    <div class="practice" data-running={running?.id} ref={box}>
      {running ? (
        running.breathing ? (
          <BreathingPractice pace={settings.breathPace} breaths={3} reducedMotion={reducedMotion} autoStart onEnd={end} />
        ) : (
          <ExercisePlayer exercise={running} settings={settings} voice={voice} chime={chime} reducedMotion={reducedMotion} autoStart onEnd={end} />
        )
      ) : (
        <>
      <p class="invite" id="practice-invite">
        {t('practices.invite')}
      </p>
      <div
        class="practice-choices"
        role="group"
        aria-labelledby="practice-invite"
        ref={group}
        style={practices ? undefined : { visibility: 'hidden' }}
        aria-hidden={practices ? undefined : 'true'}
      >
        {(practices ?? []).map((p) => (
          <button key={p.id} type="button" class="choice" data-practice={p.id} onClick={pick(p)}>
            {exerciseText(p).choiceLabel}
          </button>
        ))}
        {!practices && [0, 1, 2].map((i) => <button key={i} type="button" class="choice" tabIndex={-1} disabled>…</button>)}
      </div>
      {learned && shown.length > 0 && (
        <p class="muted learned">{t('practices.learned')}</p>
      )}
        </>
      )}
      <p class="ended" role="status" aria-live="polite">{ended ? t(ENDED[ended]) : ''}</p>
    </div>
  );
}
