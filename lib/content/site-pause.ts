import { decidePause } from '../pause/decide';
import { watchNavigation } from '../pause/watch-navigation';
import type { PageState } from './page-state';
import type { PauseController } from './pause-controller';

export interface SitePauseDeps {
  win: Window;
  controller: PauseController;
  readState: () => Promise<PageState>;
  now?: () => Date;
}

/**
 * The pause on the sites the person chose: the page is covered from document_start until Steady
 * has read what it needs and decided; then the card is offered, or the cover simply comes off.
 * Single-page apps are followed to their new URLs. Only the top page is ever paused.
 */
export function startSitePause({ win, controller, readState, now = () => new Date() }: SitePauseDeps): void {
  if (win.top !== win) return;
  controller.hold('site');
  const check = ({ prefs, session }: PageState) => {
    const decision = decidePause(prefs, win.location.href, session, now());
    if (decision.pause) {
      const { site } = decision;
      controller.offer({ key: site.id, label: site.label, kind: 'site', waitStartedAt: session.waitStartedAt[site.id] }, prefs.appearance);
    }
  };
  readState()
    .then((state) => {
      check(state);
      watchNavigation(win, () => void readState().then(check).catch(() => undefined));
    })
    // Whatever happens, never leave a page covered because something went wrong.
    .finally(() => controller.release('site'))
    .catch(() => undefined);
}
