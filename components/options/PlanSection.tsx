import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PLAN_PARTS, PLAN_STRINGS as S, type PlanTextKey } from '../../lib/plan/parts';
import { PLAN_TEXT_MAX, type Plan } from '../../lib/prefs/schema';
import { Toggle } from '../fields/Toggle';
import type { SectionProps } from './types';

const STRINGS = {
  offer: 'Offer my plan on the pause card',
  offerHint: 'The card shows what helps, your people and services, and your reason; never what knocks you off balance.',
  peopleNote: 'Your people come from “Your people” below, and the helplines from your helpline country.',
  save: 'Save my plan',
  open: 'Open my plan to print',
  supporters: 'Open the page for the people who support you',
  supportersHint: 'A page to print or share with a partner, friend or family member about how to help you steady yourself. Nothing of your lists or plan is on it.',
};

type Draft = Pick<Plan, PlanTextKey>;
const draftOf = (plan: Plan): Draft => Object.fromEntries(PLAN_PARTS.map((p) => [p.key, plan[p.key]])) as Draft;

const openPage = (page: '/plan.html' | '/supporters.html') => void browser.tabs.create({ url: browser.runtime.getURL(page) });

/**
 * The steadying plan, written in the person's own words. Each part is saved when the person leaves
 * it (and with the button), so nothing they wrote waits on one last click.
 */
export function PlanSection({ prefs, save }: SectionProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(prefs.plan));
  // Another tab (or the plan page) changed the plan: show it, but leave alone the part being typed in.
  useEffect(() => {
    const typing = document.activeElement?.id.replace(/^plan-/, '') as PlanTextKey | undefined;
    setDraft((d) => ({ ...draftOf(prefs.plan), ...(typing && typing in d ? { [typing]: d[typing] } : {}) }));
  }, [prefs.plan]);
  const changed = PLAN_PARTS.filter((p) => draft[p.key] !== prefs.plan[p.key]);
  const saveDraft = () => (changed.length > 0 ? save({ plan: Object.fromEntries(changed.map((p) => [p.key, draft[p.key]])) }) : Promise.resolve(true));

  return (
    <section class="card stack" aria-labelledby="plan-section-heading">
      <h2 id="plan-section-heading">{S.title}</h2>
      <p class="muted">{S.intro}</p>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveDraft();
        }}
      >
        {PLAN_PARTS.map((part) => (
          <div key={part.key} class="field-col plan-field">
            <label for={`plan-${part.key}`}>{part.title}</label>
            <p id={`plan-${part.key}-hint`} class="muted small">
              {part.hint}
              {part.key === 'offBalance' && ` ${S.offBalanceNotOnCard}`}
            </p>
            <textarea
              id={`plan-${part.key}`}
              rows={3}
              value={draft[part.key]}
              maxLength={PLAN_TEXT_MAX}
              aria-describedby={`plan-${part.key}-hint`}
              dir="auto"
              onInput={(e) => setDraft({ ...draft, [part.key]: e.currentTarget.value })}
              onBlur={() => void saveDraft()}
            />
          </div>
        ))}
        <p class="muted small">{STRINGS.peopleNote}</p>
        <div>
          <button type="submit" class="primary">{STRINGS.save}</button>
        </div>
      </form>
      <Toggle label={STRINGS.offer} hint={STRINGS.offerHint} checked={prefs.pause.offerPlan} onChange={(offerPlan) => void save({ pause: { offerPlan } })} />
      <div class="row">
        <button type="button" onClick={() => openPage('/plan.html')}>{STRINGS.open}</button>
        <button type="button" onClick={() => openPage('/supporters.html')}>{STRINGS.supporters}</button>
      </div>
      <p class="muted small">{STRINGS.supportersHint}</p>
    </section>
  );
}
