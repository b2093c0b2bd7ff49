import { useEffect, useRef } from 'preact/hooks';
import { REVIEW_INVITATION, reviewState } from '../../lib/words/list-review';
import { Toggle } from '../fields/Toggle';
import type { SectionProps } from './types';

export interface ListReviewProps extends Pick<SectionProps, 'prefs' | 'save'> {
  now: () => number;
  announce: (message: string, isError?: boolean) => void;
  /** Starts the first month without a word: no "Saved." for something the person did not do. */
  startClock: (now: number) => void;
  /** Moves focus to the person's lists (their words stay hidden). */
  onLook: () => void;
  /** Somewhere calm for focus to rest once the line is gone. */
  onSetAside: () => void;
}

/** The quiet monthly line at the top of Words. It names no list and shows no word. */
export function ListReview({ prefs, save, now, announce, startClock, onLook, onSetAside }: ListReviewProps) {
  const state = reviewState(prefs, now());
  const started = useRef(false);
  useEffect(() => {
    if (state === 'start' && !started.current) {
      started.current = true;
      startClock(now());
    }
  }, [state]);
  if (state !== 'offer') return null;

  const look = async () => {
    onLook();
    if (await save({ listReview: { lastAt: now() } })) announce('Here are your lists. Their words stay hidden until you choose “Show words”.');
  };
  const notNow = async () => {
    onSetAside();
    if (await save({ listReview: { lastAt: now() } })) announce('All right. Steady will ask again in a month.');
  };
  const stop = async () => {
    onSetAside();
    if (await save({ listReview: { enabled: false } })) announce('Steady won’t ask again. The choice is below, under your lists, if you want it back.');
  };
  return (
    <div class="review stack tight" role="region" aria-label="A look over your lists" data-testid="list-review">
      <p>{REVIEW_INVITATION}</p>
      <div class="row">
        <button type="button" onClick={() => void look()}>Look over my lists</button>
        <button type="button" onClick={() => void notNow()}>Not now</button>
        <button type="button" class="link" onClick={() => void stop()}>Don’t ask again</button>
      </div>
    </div>
  );
}

export interface ListReviewToggleProps extends Pick<SectionProps, 'prefs' | 'save'> {
  now: () => number;
  announce: (message: string, isError?: boolean) => void;
}

export function ListReviewToggle({ prefs, save, now, announce }: ListReviewToggleProps) {
  const change = async (enabled: boolean) => {
    // Turning it back on starts a fresh month, so an old date does not bring the offer at once.
    if (await save({ listReview: enabled ? { enabled, lastAt: now() } : { enabled } }))
      announce(enabled ? 'Steady will offer a look over your lists once a month.' : 'Steady won’t offer a monthly look over your lists.');
  };
  return (
    <div class="review-toggle">
      <Toggle
        label="Once a month, offer me a look over my lists"
        hint="(a quiet line here and when you open Steady from the toolbar; it never shows the words)"
        checked={prefs.listReview.enabled}
        onChange={(enabled) => void change(enabled)}
      />
    </div>
  );
}
