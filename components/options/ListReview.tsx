import { useEffect, useRef } from 'preact/hooks';
import { reviewState } from '../../lib/words/list-review';
import { Toggle } from '../fields/Toggle';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

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
    if (await save({ listReview: { lastAt: now() } })) announce(t('review.here'));
  };
  const notNow = async () => {
    onSetAside();
    if (await save({ listReview: { lastAt: now() } })) announce(t('review.later'));
  };
  const stop = async () => {
    onSetAside();
    if (await save({ listReview: { enabled: false } })) announce(t('review.neverOptions'));
  };
  return (
    <div class="review stack tight" role="region" aria-label={t('review.label')} data-testid="list-review">
      <p>{t('review.invitation')}</p>
      <div class="row">
        <button type="button" onClick={() => void look()}>{t('review.look')}</button>
        <button type="button" onClick={() => void notNow()}>{t('common.notNow')}</button>
        <button type="button" class="link" onClick={() => void stop()}>{t('review.never')}</button>
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
      announce(t(enabled ? 'review.monthlyOn' : 'review.monthlyOff'));
  };
  return (
    <div class="review-toggle">
      <Toggle
        label={t('review.toggle')}
        hint={t('review.toggleHint')}
        checked={prefs.listReview.enabled}
        onChange={(enabled) => change(enabled)}
      />
    </div>
  );
}
