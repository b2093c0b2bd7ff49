import type { Prefs } from '../prefs/schema';

/** Mirrors the appearance preferences onto <html> so the shared stylesheet can follow them. */
export function applyAppearance(appearance: Prefs['appearance'], root: HTMLElement = document.documentElement): void {
  root.dataset.theme = appearance.theme;
  root.dataset.textSize = appearance.textSize;
  root.dataset.motion = appearance.motion;
}
