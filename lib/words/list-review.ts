import type { Prefs } from '../prefs/schema';
import { DAY_MS } from './list-duration';

/**
 * The quiet monthly "look over your lists". Lists made on a hard day can outlast their need; a
 * gentle, optional reminder lets the person let go of what no longer helps. It never shows words.
 */

export const REVIEW_EVERY_MS = 30 * DAY_MS;


/**
 * none: say nothing. start: set lastAt to now without a word (the first month starts counting
 * rather than offering at once). offer: show the quiet line.
 */
export type ReviewState = 'none' | 'start' | 'offer';

export function reviewState(prefs: Pick<Prefs, 'triggers' | 'listReview'>, now: number): ReviewState {
  const { enabled, lastAt } = prefs.listReview;
  if (!enabled || prefs.triggers.length === 0) return 'none';
  // A clock set back would otherwise keep the offer away for however long it moved.
  if (lastAt === 0 || lastAt > now) return 'start';
  return now - lastAt >= REVIEW_EVERY_MS ? 'offer' : 'none';
}
