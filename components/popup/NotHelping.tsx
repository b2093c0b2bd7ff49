import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { minutesLabel } from '../../lib/exercises/library';
import type { Exercise } from '../../lib/exercises/types';
import type { Person } from '../../lib/prefs/schema';
import { ReachOut } from '../pause/ReachOut';
import { UrgentHelp } from '../pause/UrgentHelp';
import { useOrganisation } from '../use-organisation';
import { exerciseText, t } from '../../lib/i18n';

export interface NotHelpingProps {
  /** A different kind of practice to try (undefined if the person hid every gentle one). */
  other: Exercise | undefined;
  people: readonly Person[];
  helplineCountry: string;
  onTry: (exercise: Exercise) => void;
  onLeave: () => void;
}

/**
 * When a practice did not help, or the person felt lower afterwards: a calm, ordinary way on, never
 * an alarm and never a claim about how the person is. A different kind of practice, their own
 * people and urgent help are each one tap away, and so is leaving it here.
 */
export function NotHelping({ other, people, helplineCountry, onTry, onLeave }: NotHelpingProps) {
  const organisation = useOrganisation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [help, setHelp] = useState(false);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="not-helping card stack" aria-labelledby="not-helping-heading" data-testid="not-helping">
      <div>
        <h2 id="not-helping-heading" ref={heading} tabIndex={-1}>{t('notHelping.heading')}</h2>
        <p class="muted">{t('notHelping.intro')}</p>
      </div>
      {other && (
        <div class="stack" style={{ gap: '0.35rem' }}>
          <button type="button" class="primary" onClick={() => onTry(other)}>
            {t('notHelping.try', { title: exerciseText(other).title })}
          </button>
          <p class="muted hint">{t('notHelping.tryHint', { length: minutesLabel(other.durationSeconds) })}</p>
        </div>
      )}
      {(people.length > 0 || (organisation?.contacts.length ?? 0) > 0) && (
        <div class="stack">
          <p>{t('notHelping.reach')}</p>
          <ReachOut people={people} organisation={organisation} />
        </div>
      )}
      <div>
        <button type="button" class="link" aria-expanded={help} aria-controls="not-helping-urgent" onClick={() => setHelp(!help)}>
          {t('common.urgentHelp')}
        </button>
        <div id="not-helping-urgent" hidden={!help} class="help-panel">
          {help && <UrgentHelp country={helplineCountry} organisation={organisation} />}
        </div>
      </div>
      <div>
        <button type="button" onClick={onLeave}>{t('notHelping.leave')}</button>
      </div>
    </section>
  );
}
