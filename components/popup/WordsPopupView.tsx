import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PeopleWords, WordsEntry } from '../../lib/people-words/words';
import { HearFrom } from '../people-words/HearFrom';

export interface WordsPopupViewProps {
  from: string;
  entries: readonly WordsEntry[];
  store: PeopleWords;
  onBack: () => void;
}

/** One person's words, opened by "Hear from …": their first recording plays at once and stops on one tap. */
export function WordsPopupView({ from, entries, store, onBack }: WordsPopupViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="stack" aria-labelledby="words-heading">
      <div>
        <button type="button" class="back" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('common.back')}
        </button>
      </div>
      <h1 id="words-heading" ref={heading} tabIndex={-1} dir="auto">{t('hear.title', { name: from })}</h1>
      <HearFrom entries={entries.filter((e) => e.from === from)} loadRecording={store.recording} autoPlay />
    </section>
  );
}
