import { render } from 'preact';
import type { SnoozeLength } from '../../lib/background/pause-session-store';
import type { Cover } from '../../lib/pause/cover';
import type { Prefs } from '../../lib/prefs/schema';
import { PauseCard } from './PauseCard';

export interface PauseRequest {
  /** Session key: a site id, or a word list on this host. */
  key: string;
  /** The person's own label ('' when they gave none). */
  label: string;
  kind: 'site' | 'words';
  /** When the gentle wait for this key began (kept across reloads so it never restarts). */
  waitStartedAt?: number;
}

export interface PauseOutcome {
  onContinue: (key: string) => void;
  onSnooze: (key: string, length: SnoozeLength) => void;
  onLeave: () => void;
}

/** Renders the card into the cover; returns what the browser's own Esc does. */
export function showPause(cover: Cover, prefs: Prefs, request: PauseRequest, outcome: PauseOutcome): () => void {
  const { appearance, pause } = prefs;
  cover.dialog.classList.toggle('dark', appearance.theme === 'dark');
  cover.dialog.classList.toggle('light', appearance.theme === 'light');
  cover.dialog.classList.add(appearance.textSize);
  cover.dialog.setAttribute('aria-labelledby', 'steady-pause-title');

  const waitMs = Math.max(0, pause.gentleDelaySeconds * 1000 - (request.waitStartedAt === undefined ? 0 : Date.now() - request.waitStartedAt));
  const readyAt = Date.now() + waitMs;
  const close = () => {
    render(null, cover.dialog);
    cover.remove();
  };
  const onContinue = () => {
    outcome.onContinue(request.key);
    close();
  };
  const reducedMotion = appearance.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches;

  render(
    <PauseCard
      label={request.label}
      kind={request.kind}
      people={prefs.people}
      helplineCountry={prefs.helplineCountry}
      snoozeMinutes={pause.snoozeMinutes}
      breathPace={prefs.exercises.breathPace}
      reducedMotion={reducedMotion}
      waitMs={waitMs}
      onContinue={onContinue}
      onLeave={outcome.onLeave}
      onSnooze={(length) => {
        outcome.onSnooze(request.key, length);
        close();
      }}
    />,
    cover.dialog,
  );
  return () => {
    if (Date.now() >= readyAt) onContinue();
  };
}
