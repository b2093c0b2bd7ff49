import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';
import type { PrefsResult } from '../../lib/prefs/storage';
import { reviewState } from '../../lib/words/list-review';
import { t } from '../../lib/i18n';

export interface ListReviewOfferProps {
  prefs: Prefs;
  update: (patch: DeepPartial<Prefs>) => Promise<PrefsResult>;
  /** Injectable for tests; the real clock otherwise. */
  now?: () => number;
  /** Opens Settings at the Words section. */
  openLists?: () => void;
}

// runtime.openOptionsPage() cannot carry the #words anchor, so the page is opened as a tab.
const openWords = () => void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#words` });

/** The popup's quiet monthly line. It names no list and shows no word; the lists open in Settings. */
export function ListReviewOffer({ prefs, update, now = Date.now, openLists = openWords }: ListReviewOfferProps) {
  const at = now();
  const state = reviewState(prefs, at);
  const [reply, setReply] = useState('');
  const started = useRef(false);
  const replyLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state === 'start' && !started.current) {
      started.current = true;
      void update({ listReview: { lastAt: at } });
    }
  }, [state]);
  useEffect(() => replyLine.current?.focus(), [reply]);

  if (reply) return <p class="muted review-reply" role="status" tabIndex={-1} ref={replyLine}>{reply}</p>;
  if (state !== 'offer') return null;

  const answer = async (patch: DeepPartial<Prefs>, message: string) => {
    if ((await update(patch)).ok) setReply(message);
  };
  return (
    <section class="review stack" aria-label={t('review.label')} data-testid="list-review">
      <p>{t('review.invitation')}</p>
      <div class="row">
        <button type="button" class="quiet" onClick={() => void update({ listReview: { lastAt: now() } }).finally(openLists)}>
          {t('review.look')}
        </button>
        <button type="button" class="quiet" onClick={() => void answer({ listReview: { lastAt: now() } }, t('review.later'))}>
          {t('common.notNow')}
        </button>
        <button type="button" class="link" onClick={() => void answer({ listReview: { enabled: false } }, t('review.neverReply'))}>
          {t('review.never')}
        </button>
      </div>
    </section>
  );
}
