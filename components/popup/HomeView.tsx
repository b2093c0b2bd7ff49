import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Exercise } from '../../lib/exercises/types';
import { sendersOf, type WordsEntry } from '../../lib/people-words/words';
import { minutesLabel, type LibraryFilter } from '../../lib/exercises/library';
import type { DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';
import type { PrefsResult } from '../../lib/prefs/storage';
import { describeSetup } from '../../lib/ui/describe-setup';
import { ReachOut } from '../pause/ReachOut';
import { UrgentHelp } from '../pause/UrgentHelp';
import { useOrganisation } from '../use-organisation';
import { Library } from './Library';
import { ListReviewOffer } from './ListReviewOffer';
import { PauseHere } from './PauseHere';
import { exerciseText, t } from '../../lib/i18n';

export interface HomeViewProps {
  prefs: Prefs | null;
  /** The exercise "I need a moment" starts, shown under the button so it is never a surprise. */
  moment: Exercise;
  /** The suggestion comes from the person's own check-ins (no favourite chosen): said in one line. */
  momentLearned?: boolean;
  filter: LibraryFilter;
  /** data-key of the control to focus on return from another view. */
  focusKey: string;
  update: (patch: DeepPartial<Prefs>) => Promise<PrefsResult>;
  onMoment: () => void;
  onFilter: (filter: LibraryFilter) => void;
  onOpen: (exercise: Exercise) => void;
  onFavourite: (exercise: Exercise, on: boolean) => void;
  onHistory: () => void;
  /** Words from the person's people on this device ([] while loading or when there are none). */
  words?: readonly WordsEntry[];
  onPlan?: () => void;
  onHear?: (from: string) => void;
}

export function HomeView(props: HomeViewProps) {
  const { prefs } = props;
  const organisation = useOrganisation();
  const [help, setHelp] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!props.focusKey) return;
    // The row may be gone (the person just hid that exercise): "I need a moment" is the calm place to land.
    const target = root.current?.querySelector<HTMLElement>(`[data-key="${props.focusKey}"]`) ?? root.current?.querySelector<HTMLElement>('[data-key="moment"]');
    target?.focus();
  }, []);
  return (
    <div class="home stack" ref={root}>
      <header class="top">
        <div>
          <h1>Steady</h1>
          <p class="muted setup" data-testid="setup-summary">{prefs ? describeSetup(prefs) : t('common.loading')}</p>
        </div>
        <button type="button" class="quiet" data-key="settings" onClick={() => void browser.runtime.openOptionsPage()}>{t('common.settings')}</button>
      </header>

      <div class="moment">
        <button type="button" class="primary moment-button" data-key="moment" onClick={props.onMoment}>{t('popup.moment')}</button>
        <p class="muted moment-note">
          {t('popup.momentNote', { title: exerciseText(props.moment).title, length: minutesLabel(props.moment.durationSeconds) })}
        </p>
        {props.momentLearned && (
          <p class="muted moment-note" data-testid="moment-learned">{t('popup.momentLearned')}</p>
        )}
      </div>

      {props.words && props.words.length > 0 && (
        <section class="reach stack" aria-labelledby="words-home-heading">
          <h2 id="words-home-heading">{t('peopleWords.heading')}</h2>
          <div class="row">
            {sendersOf(props.words).map((name) => (
              <button key={name} type="button" data-key={`hear-${name}`} onClick={() => props.onHear?.(name)}>
                <span dir="auto">{t('hear.from', { name })}</span>
              </button>
            ))}
          </div>
        </section>
      )}

      {prefs && (prefs.people.length > 0 || (organisation?.contacts.length ?? 0) > 0) && (
        <section class="reach stack" aria-labelledby="reach-heading">
          <h2 id="reach-heading">{t('popup.reachOut')}</h2>
          <p class="muted">{t('popup.reachNote')}</p>
          <ReachOut people={prefs.people} organisation={organisation} />
        </section>
      )}

      {prefs && props.onPlan && (
        <div>
          <button type="button" data-key="plan" onClick={props.onPlan}>{t('plan.title')}</button>
        </div>
      )}

      <div>
        <button type="button" class="link" aria-expanded={help} aria-controls="urgent-help" onClick={() => setHelp(!help)}>
          {t('common.urgentHelp')}
        </button>
        <div id="urgent-help" hidden={!help} class="help-panel">
          {help && <UrgentHelp country={prefs?.helplineCountry ?? ''} organisation={organisation} />}
        </div>
      </div>

      {/* Kept above the long library so it is found without scrolling. */}
      {prefs && <PauseHere prefs={prefs} />}
      {prefs && <ListReviewOffer prefs={prefs} update={props.update} />}

      {prefs && (
        <Library
          filter={props.filter}
          favourites={prefs.exercises.favourites}
          hidden={prefs.exercises.hidden}
          onFilter={props.onFilter}
          onOpen={props.onOpen}
          onFavourite={props.onFavourite}
        />
      )}

      <div class="stack bottom">
        {prefs && (prefs.exercises.checkIns || props.focusKey === 'history') && (
          <div>
            <button type="button" data-key="history" onClick={props.onHistory}>{t('popup.yourCheckIns')}</button>
          </div>
        )}
      </div>
      <footer class="muted">
        <p>{t('common.selfHelp')}</p>
        <p>
          <a href={`${browser.runtime.getURL('/options.html')}#about`} target="_blank" rel="noopener" data-key="about">{t('popup.about')}</a>
        </p>
      </footer>
    </div>
  );
}
