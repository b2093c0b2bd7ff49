import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { PLAN_PARTS, type PlanTextKey } from '../../lib/plan/parts';
import { PLAN_TEXT_MAX, type Plan } from '../../lib/prefs/schema';
import { Toggle } from '../fields/Toggle';
import type { SectionProps } from './types';

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
      <h2 id="plan-section-heading">{t('plan.title')}</h2>
      <p class="muted">{t('plan.intro')}</p>
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
              {part.key === 'offBalance' && ` ${t('plan.offBalanceNotOnCard')}`}
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
        <p class="muted small">{t('plan.peopleNote')}</p>
        <div>
          <button type="submit" class="primary">{t('plan.save')}</button>
        </div>
      </form>
      <Toggle label={t('plan.offer')} hint={t('plan.offerHint')} checked={prefs.pause.offerPlan} onChange={(offerPlan) => save({ pause: { offerPlan } })} />
      <div class="row">
        <button type="button" onClick={() => openPage('/plan.html')}>{t('plan.open')}</button>
        <button type="button" onClick={() => openPage('/supporters.html')}>{t('plan.supporters')}</button>
      </div>
      <p class="muted small">{t('plan.supportersHint')}</p>
    </section>
  );
}
