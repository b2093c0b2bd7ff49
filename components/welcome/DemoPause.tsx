import { useEffect, useState } from 'preact/hooks';
import { PAUSE_PRACTICES } from '../../lib/exercises/pause-practices';
import { t } from '../../lib/i18n';
import type { Prefs } from '../../lib/prefs/schema';
import { PauseCard } from '../pause/PauseCard';

export interface DemoPauseProps {
  prefs: Prefs;
}

type Outcome = 'continued' | 'left' | 'snoozed' | null;

/**
 * A practice pause on a page of Steady's own, from the welcome page: the real card with the person's
 * settings, on no real site. Every choice only says what it would do on a site; nothing is saved.
 */
export function DemoPause({ prefs }: DemoPauseProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => {
    document.title = t('demo.title');
  });
  const { appearance, exercises } = prefs;
  useEffect(() => {
    document.body.classList.toggle('dark', appearance.theme === 'dark');
    document.body.classList.toggle('light', appearance.theme === 'light');
  }, [appearance.theme]);
  if (outcome) {
    return (
      <main class="card" data-testid="demo-outcome">
        <p class="brand" aria-hidden="true">Steady</p>
        <h1 tabIndex={-1} ref={(el) => el?.focus()}>{t(`demo.${outcome}`)}</h1>
        <p class="why">{t('demo.close')}</p>
        <div class="row">
          <button type="button" onClick={() => setOutcome(null)}>{t('demo.again')}</button>
        </div>
      </main>
    );
  }
  return (
    <main class="demo stack">
      <p class="muted demo-note">{t('demo.note')}</p>
      <div role="dialog" aria-modal="true" aria-labelledby="steady-pause-title">
        <PauseCard
          label={t('demo.label')}
          kind="site"
          people={prefs.people}
          helplineCountry={prefs.helplineCountry}
          snoozeMinutes={prefs.pause.snoozeMinutes}
          practices={PAUSE_PRACTICES}
          settings={exercises}
          voice={appearance.voice}
          chime={exercises.chime}
          reducedMotion={appearance.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches}
          onPickPractice={() => undefined}
          waitMs={0}
          landmark={false}
          onContinue={() => setOutcome('continued')}
          onLeave={() => setOutcome('left')}
          onSnooze={() => setOutcome('snoozed')}
        />
      </div>
    </main>
  );
}
