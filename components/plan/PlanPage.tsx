import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { Toggle } from '../fields/Toggle';
import { usePrefs } from '../use-prefs';
import { PlanView } from './PlanView';

/** The plan on a page of its own, to read, print or save as PDF (a print stylesheet leaves out the buttons). */
export function PlanPage() {
  const { prefs, organisation, update } = usePrefs();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [prefs === null]);
  useEffect(() => {
    document.title = t('plan.title');
  });
  return (
    <main class="print-page">
      <h1 ref={heading} tabIndex={-1}>{t('plan.title')}</h1>
      {prefs ? (
        <>
          <div class="page-actions">
            <button type="button" class="primary" onClick={() => window.print()}>{t('plan.print')}</button>
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('plan.edit')}</button>
            <a href={browser.runtime.getURL('/supporters.html')}>{t('plan.supportersLink')}</a>
          </div>
          {prefs.plan.offBalance.trim() && (
            <div class="no-print">
              <Toggle
                label={t('plan.printOffBalance')}
                hint={t('plan.printOffBalanceHint')}
                checked={prefs.plan.printOffBalance}
                onChange={(printOffBalance) => update({ plan: { printOffBalance } })}
              />
            </div>
          )}
          <PlanView plan={prefs.plan} people={prefs.people} helplineCountry={prefs.helplineCountry} organisation={organisation} where="page" />
        </>
      ) : (
        <p class="muted">{t('plan.loading')}</p>
      )}
    </main>
  );
}
