import { render } from 'preact';
import { browser } from 'wxt/browser';
import css from '../../components/pause/pause.css?inline';
import { PauseCard } from '../../components/pause/PauseCard';
import { sendMessage } from '../../lib/messages';
import { mountCover, type Cover } from '../../lib/pause/cover';
import { decidePause } from '../../lib/pause/decide';
import { readSession, SESSION_KEY } from '../../lib/pause/session';
import { watchNavigation } from '../../lib/pause/watch-navigation';
import { readPrefs } from '../../lib/prefs/read';
import type { Prefs, Site } from '../../lib/prefs/schema';

// Registered at runtime by the background, only for the sites the person chose (top frame, document_start).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    if (window.top !== window) return;
    let escape = () => {};
    // Cover first, synchronously, before the page can paint; then decide whether to keep it.
    const cover = mountCover(document, css, () => escape());
    const continuedHere = new Set<string>();

    const offer = async (current: Cover | null) => {
      const [prefs, session] = await Promise.all([readPrefs(), readPauseSession()]);
      const decision = decidePause(prefs, location.href, session, new Date());
      if (!decision.pause || continuedHere.has(decision.site.id)) {
        current?.remove();
        return;
      }
      const shown = current ?? mountCover(document, css, () => escape());
      escape = showCard(shown, prefs, decision.site, session.waitStartedAt[decision.site.id], () => continuedHere.add(decision.site.id));
    };

    offer(cover)
      .catch(() => cover.remove()) // never leave a page covered because something went wrong
      .finally(() => watchNavigation(window, () => void offer(null).catch(() => undefined)));
  },
});

async function readPauseSession() {
  try {
    return readSession((await browser.storage.session.get(SESSION_KEY))[SESSION_KEY]);
  } catch {
    // storage.session not readable from this context: ask the background instead.
    return readSession(await sendMessage('getPauseSession'));
  }
}

/** Renders the card into the cover; returns what Esc does. */
function showCard(cover: Cover, prefs: Prefs, site: Site, waitStartedAt: number | undefined, onContinued: () => void) {
  const { appearance, pause } = prefs;
  cover.dialog.classList.toggle('dark', appearance.theme === 'dark');
  cover.dialog.classList.toggle('light', appearance.theme === 'light');
  cover.dialog.classList.add(appearance.textSize);
  cover.dialog.setAttribute('aria-labelledby', 'steady-pause-title');
  void sendMessage('pauseShown', { siteId: site.id }).catch(() => undefined);

  const waitMs = pause.gentleDelaySeconds * 1000 - (waitStartedAt === undefined ? 0 : Date.now() - waitStartedAt);
  const close = () => {
    render(null, cover.dialog);
    cover.remove();
  };
  const onContinue = () => {
    onContinued();
    void sendMessage('pauseContinued', { siteId: site.id }).catch(() => undefined);
    close();
  };
  const reducedMotion = appearance.motion === 'reduce' || matchMedia('(prefers-reduced-motion: reduce)').matches;

  render(
    <PauseCard
      label={site.label}
      people={prefs.people}
      helplineCountry={prefs.helplineCountry}
      snoozeMinutes={pause.snoozeMinutes}
      breathPace={prefs.exercises.breathPace}
      reducedMotion={reducedMotion}
      waitMs={Math.max(0, waitMs)}
      onContinue={onContinue}
      onLeave={() => leave()}
      onSnooze={(length) => {
        onContinued();
        void sendMessage('snoozeSite', { siteId: site.id, length }).catch(() => undefined);
        close();
      }}
    />,
    cover.dialog,
  );
  const readyAt = Date.now() + Math.max(0, waitMs);
  return () => {
    if (Date.now() >= readyAt) onContinue();
  };
}

/** Back if there is somewhere to go back to; otherwise the background opens the new-tab page here. */
function leave() {
  const before = location.href;
  if (history.length > 1) {
    history.back();
    setTimeout(() => {
      if (location.href === before) void sendMessage('leavePage');
    }, 700);
  } else {
    void sendMessage('leavePage');
  }
}
