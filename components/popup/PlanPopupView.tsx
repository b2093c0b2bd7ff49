import { useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { Prefs } from '../../lib/prefs/schema';
import { PlanView } from '../plan/PlanView';
import { useOrganisation } from '../use-organisation';

export interface PlanPopupViewProps {
  prefs: Prefs;
  onBack: () => void;
}

/** The person's plan, one tap from the popup's home; printing happens on its own page. */
export function PlanPopupView({ prefs, onBack }: PlanPopupViewProps) {
  const organisation = useOrganisation();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="stack" aria-labelledby="plan-heading">
      <div>
        <button type="button" class="back" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('common.back')}
        </button>
      </div>
      <h1 id="plan-heading" ref={heading} tabIndex={-1}>{t('plan.title')}</h1>
      <PlanView plan={prefs.plan} people={prefs.people} helplineCountry={prefs.helplineCountry} organisation={organisation} where="popup" />
      <div class="row">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/plan.html') })}>{t('plan.openPage')}</button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('plan.edit')}</button>
      </div>
    </section>
  );
}
