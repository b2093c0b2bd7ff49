import { useEffect, useRef, useState } from 'preact/hooks';
import type { SnoozeLength } from '../../lib/background/pause-session-store';
import type { PausePractice } from '../../lib/exercises/pause-practices';
import type { PlanSettings } from '../../lib/players/plan';
import type { VoicePrefs } from '../../lib/players/speech';
import { sendersOf, type Recording, type WordsEntry } from '../../lib/people-words/words';
import type { Person, Plan } from '../../lib/prefs/schema';
import { HearFrom } from '../people-words/HearFrom';
import { PlanView } from '../plan/PlanView';
import { PausePractices } from './PausePractices';
import { ReachOut } from './ReachOut';
import { UrgentHelp } from './UrgentHelp';
import { useOrganisation } from '../use-organisation';
import { t } from '../../lib/i18n';
import { rich } from '../i18n/rich';

export interface PauseCardProps {
  /** The person's own label for what this pause is for; '' means "a site (or words) you chose". */
  label: string;
  /** Why the pause appeared: a chosen site, or chosen words found on the page. */
  kind?: 'site' | 'words';
  people: readonly Person[];
  helplineCountry: string;
  snoozeMinutes: readonly number[];
  /** The short practices in the order to offer them (null while that order is being read). */
  practices: readonly PausePractice[] | null;
  /** The person's own check-ins shaped that order. */
  learnedOrder?: boolean;
  /** Breath pace, holds and step timer, as in the popup. */
  settings: PlanSettings;
  voice: VoicePrefs;
  chime: boolean;
  reducedMotion: boolean;
  /** The person picked a practice: remembered for the next pause. */
  onPickPractice: (id: string) => void;
  /** Milliseconds left of the gentle wait the person asked for (0 = Continue is ready). */
  waitMs: number;
  onContinue: () => void;
  onLeave: () => void;
  onSnooze: (length: SnoozeLength) => void;
  /** The person's plan, when they chose to have it offered here (null: not offered). */
  plan?: Plan | null;
  /** Words from the person's people, when they chose to have them offered here (null: not offered or none). */
  words?: { entries: readonly WordsEntry[]; loadRecording: (id: string) => Promise<Recording | undefined> } | null;
  /** false when the card sits inside a page's own main landmark (the welcome's demo), so there is only one. */
  landmark?: boolean;
}

type Panel = 'none' | 'snooze' | 'people' | 'help' | 'plan' | `words:${string}`;

/** At most this many "Hear from …" choices, so the card's calm layout holds. */
export const MAX_SENDERS_ON_CARD = 3;

const minutesLabel = (m: number) => (m % 60 === 0 ? t('card.hours', { count: m / 60 }) : t('card.minutes', { count: m }));

/**
 * The pause: why it appeared, an invitation to a short practice, and equal, easy choices.
 * Every handler ignores untrusted (script-made) events, so a page cannot click through it.
 */
export function PauseCard(props: PauseCardProps) {
  const { label, kind = 'site', people, helplineCountry, snoozeMinutes, waitMs } = props;
  const organisation = useOrganisation();
  const anyone = people.length > 0 || (organisation?.contacts.length ?? 0) > 0;
  const [panel, setPanel] = useState<Panel>('none');
  const [ready, setReady] = useState(waitMs <= 0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), waitMs);
    return () => clearTimeout(timer);
  }, []);

  const trusted = (action: () => void) => (event: Event) => {
    if (event.isTrusted) action();
  };
  const toggle = (next: Panel) => trusted(() => setPanel(panel === next ? 'none' : next));
  const senders = props.words ? sendersOf(props.words.entries).slice(0, MAX_SENDERS_ON_CARD) : [];
  const heard = panel.startsWith('words:') ? panel.slice('words:'.length) : null;

  const Root = props.landmark === false ? 'div' : 'main';
  return (
    // The card is its frame's whole document: one main landmark holds it (axe's landmark rules).
    <Root class="card" data-ready={ready}>
      <p class="brand" aria-hidden="true">Steady</p>
      <h1 id="steady-pause-title" ref={heading} tabIndex={-1}>
        {label ? (
          <>{rich('card.pauseFor', { label: <span dir="auto">{label}</span> })}</>
        ) : (
          t(kind === 'words' ? 'card.forWords' : 'card.forSite')
        )}
      </h1>
      <p class="why">
        {t(kind === 'words' ? 'card.whyWords' : 'card.whySite')}
      </p>
      <PausePractices
        practices={props.practices}
        learned={props.learnedOrder ?? false}
        settings={props.settings}
        voice={props.voice}
        chime={props.chime}
        reducedMotion={props.reducedMotion}
        onPick={props.onPickPractice}
      />

      <div class="choices" role="group" aria-label={t('card.choices')}>
        <button type="button" class="choice" aria-disabled={ready ? undefined : 'true'} onClick={trusted(() => ready && props.onContinue())}>
          {t('card.continue')}
        </button>
        <button type="button" class="choice" onClick={trusted(props.onLeave)}>
          {t('card.leave')}
        </button>
        <button type="button" class="choice" aria-expanded={panel === 'snooze'} onClick={toggle('snooze')}>
          {t('card.notNow')}
        </button>
        {anyone && (
          <button type="button" class="choice" aria-expanded={panel === 'people'} onClick={toggle('people')}>
            {t('card.reachOut')}
          </button>
        )}
        {senders.map((name) => (
          <button key={name} type="button" class="choice" aria-expanded={heard === name} onClick={toggle(`words:${name}`)}>
            <span dir="auto">{t('hear.from', { name })}</span>
          </button>
        ))}
        {props.plan && (
          <button type="button" class="choice" aria-expanded={panel === 'plan'} onClick={toggle('plan')}>
            {t('plan.title')}
          </button>
        )}
      </div>
      <p class="wait" role="status" aria-live="polite">
        {ready ? (waitMs > 0 ? t('card.ready') : '') : t('card.wait')}
      </p>

      {panel === 'snooze' && (
        <div class="panel" role="group" aria-label={t('card.snoozeFor')}>
          <p>{t('card.snoozeForColon')}</p>
          <div class="row">
            {snoozeMinutes.map((m) => (
              <button key={m} type="button" onClick={trusted(() => props.onSnooze(m))}>{minutesLabel(m)}</button>
            ))}
            <button type="button" onClick={trusted(() => props.onSnooze('rest-of-day'))}>{t('card.restOfToday')}</button>
          </div>
        </div>
      )}
      {panel === 'people' && (
        <div class="panel">
          <p>{t('card.people')}</p>
          <ReachOut people={people} organisation={organisation} />
        </div>
      )}
      {heard !== null && props.words && (
        <div class="panel" role="group" aria-label={t('hear.from', { name: heard })}>
          <HearFrom key={heard} entries={props.words.entries.filter((e) => e.from === heard)} loadRecording={props.words.loadRecording} autoPlay />
        </div>
      )}
      {panel === 'plan' && props.plan && (
        <div class="panel" role="group" aria-label={t('plan.title')}>
          <PlanView plan={props.plan} people={people} helplineCountry={helplineCountry} organisation={organisation} where="card" level={2} />
        </div>
      )}
      <button type="button" class="link" aria-expanded={panel === 'help'} onClick={toggle('help')}>
        {t('common.urgentHelp')}
      </button>
      {panel === 'help' && (
        <div class="panel">
          <UrgentHelp country={helplineCountry} organisation={organisation} />
        </div>
      )}
    </Root>
  );
}
