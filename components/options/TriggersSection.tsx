import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messages/extension-pages';
import type { Trigger } from '../../lib/prefs/schema';
import { describeListTime, type DateStyle } from '../../lib/words/list-duration';
import { AddTrigger } from './AddTrigger';
import { ListReview, ListReviewToggle } from './ListReview';
import { listName, TriggerRow } from './TriggerRow';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

export interface TriggersSectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
  /** Injectable for tests; the real clock otherwise. */
  now?: () => number;
  dateStyle?: DateStyle;
  /** Writes listReview.lastAt without announcing it (the first month starts counting quietly). */
  startReviewClock?: (now: number) => void;
}

/** The longest wait setTimeout takes (about 24 days); a later end is picked up on a later visit. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const quietStart = (now: number) => void sendMessage('updatePrefs', { listReview: { lastAt: now } }).catch(() => undefined);

/** Word lists: the person's own label, their words, what Steady does, where, and for how long. */
export function TriggersSection({ prefs, save: store, edit: storeEdit, announce, now = Date.now, dateStyle, startReviewClock = quietStart }: TriggersSectionProps) {
  const at = now();
  const heading = useRef<HTMLHeadingElement>(null);
  const lists = useRef<HTMLUListElement>(null);
  const [, redraw] = useState(0);
  // A refused change leaves prefs as they were, so nothing would re-render: the radio or checkbox
  // the person just clicked would look saved. Drawing again puts every control back to the truth.
  const save: typeof store = async (patch) => {
    const ok = await store(patch);
    if (!ok) redraw((n) => n + 1);
    return ok;
  };
  // Lists change one edit at a time, by id, so another tab's edit made a moment ago is kept.
  const edit: typeof storeEdit = async (op) => {
    const ok = await storeEdit(op);
    if (!ok) redraw((n) => n + 1);
    return ok;
  };

  // A list that ends while this page is open says so without a reload.
  const nextEnd = Math.min(...prefs.triggers.map((t) => t.endsAt).filter((end) => end > at));
  useEffect(() => {
    if (!Number.isFinite(nextEnd) || nextEnd - at > MAX_TIMER_MS) return;
    const timer = setTimeout(() => redraw((n) => n + 1), nextEnd - at + 50);
    return () => clearTimeout(timer);
  }, [nextEnd]);

  const focusLists = () => (lists.current ?? heading.current)?.focus();
  // "Look over my lists" in the toolbar popup opens this page at #words.
  useEffect(() => {
    if (location.hash !== '#words') return;
    heading.current?.scrollIntoView({ block: 'start' });
    focusLists();
  }, []);

  const update = async (id: string, change: Partial<Trigger>, message?: string) => {
    if ((await edit({ list: 'triggers', op: 'update', id, change })) && message) announce(message);
  };
  const add = async (trigger: Trigger) => {
    const ok = await edit({ list: 'triggers', op: 'add', item: trigger });
    if (ok) announce(t('words.added', { name: listName(trigger), time: describeListTime(trigger, now(), dateStyle) }));
    return ok;
  };
  const remove = async (trigger: Trigger) => {
    if (await edit({ list: 'triggers', op: 'remove', id: trigger.id })) announce(t('common.removed', { name: trigger.label || t('words.theList') }));
  };

  return (
    <section id="words" class="card stack" aria-labelledby="words-heading">
      <h2 id="words-heading" ref={heading} tabIndex={-1}>{t('words.heading')}</h2>
      <ListReview
        prefs={prefs}
        save={save}
        now={now}
        announce={announce}
        startClock={startReviewClock}
        onLook={focusLists}
        onSetAside={() => heading.current?.focus()}
      />
      <p class="muted">{t('words.intro')}</p>
      <p class="muted">{t('words.privacy')}</p>
      {prefs.triggers.length > 0 && (
        <>
          <ul class="site-list" aria-label={t('words.lists')} ref={lists} tabIndex={-1}>
            {prefs.triggers.map((trigger) => (
              <TriggerRow
                key={trigger.id}
                trigger={trigger}
                now={now}
                dateStyle={dateStyle}
                onChange={(change, message) => void update(trigger.id, change, message)}
                onRemove={() => void remove(trigger)}
              />
            ))}
          </ul>
          <ListReviewToggle prefs={prefs} save={save} now={now} announce={announce} />
        </>
      )}
      <AddTrigger prefs={prefs} now={now} onAdd={add} />
    </section>
  );
}
