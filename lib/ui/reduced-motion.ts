import type { Prefs } from '../prefs/schema';

/** Still visuals when the person asked Steady for them, or asked their whole system for them. */
export function wantsReducedMotion(appearance: Pick<Prefs['appearance'], 'motion'> | undefined, win: Pick<Window, 'matchMedia'> = window): boolean {
  return appearance?.motion === 'reduce' || win.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
