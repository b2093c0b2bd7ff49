import { useEffect } from 'preact/hooks';
import { sendMessage } from '../../lib/messages/extension-pages';
import type { CardLink } from '../../lib/pause/card-link';
import type { Prefs } from '../../lib/prefs/schema';
import { PauseCard } from './PauseCard';

export interface CardAppProps {
  link: CardLink;
  prefs: Prefs;
  now: () => number;
}

/**
 * The card page: the person's pause with their own settings. Esc means Continue (once any gentle
 * wait is over); Tab stays inside the card. Both are handled in this frame, so a page that
 * swallows keys cannot stop them.
 */
export function CardApp({ link, prefs, now }: CardAppProps) {
  const { request } = link;
  const { appearance, pause } = prefs;
  const waitMs = Math.max(0, pause.gentleDelaySeconds * 1000 - (request.waitStartedAt === undefined ? 0 : now() - request.waitStartedAt));
  const readyAt = now() + waitMs;
  const onContinue = () => link.send({ type: 'continue' });

  useEffect(() => {
    const body = document.body;
    body.classList.toggle('dark', appearance.theme === 'dark');
    body.classList.toggle('light', appearance.theme === 'light');
    body.classList.add(appearance.textSize);
    const escape = () => now() >= readyAt && onContinue();
    link.onCommand((command) => command.type === 'escape' && escape());
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        escape();
      } else if (event.key === 'Tab') keepTabInside(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const reducedMotion = appearance.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches;
  return (
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
      onLeave={() => void sendMessage('leavePage').catch(() => undefined)}
      onSnooze={(length) => link.send({ type: 'snooze', length })}
    />
  );
}

/** The dialog pattern: Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(event: KeyboardEvent): void {
  const controls = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')].filter(
    (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const outside = !active || !controls.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
