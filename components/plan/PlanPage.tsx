import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PLAN_STRINGS as S } from '../../lib/plan/parts';
import { Toggle } from '../fields/Toggle';
import { usePrefs } from '../use-prefs';
import { PlanView } from './PlanView';

const STRINGS = {
  loading: 'Loading your plan…',
  supporters: 'A page for the people who support you',
  saveFailed: 'That choice could not be saved just now.',
};

/** The plan on a page of its own, to read, print or save as PDF (a print stylesheet leaves out the buttons). */
export function PlanPage() {
  const { prefs, organisation, update } = usePrefs();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [prefs === null]);
  return (
    <main class="print-page">
      <h1 ref={heading} tabIndex={-1}>{S.title}</h1>
      {prefs ? (
        <>
          <div class="page-actions">
            <button type="button" class="primary" onClick={() => window.print()}>{S.print}</button>
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{S.edit}</button>
            <a href={browser.runtime.getURL('/supporters.html')}>{STRINGS.supporters}</a>
          </div>
          {prefs.plan.offBalance.trim() && (
            <div class="no-print">
              <Toggle
                label={S.printOffBalance}
                hint={S.printOffBalanceHint}
                checked={prefs.plan.printOffBalance}
                onChange={(printOffBalance) => void update({ plan: { printOffBalance } })}
              />
            </div>
          )}
          <PlanView plan={prefs.plan} people={prefs.people} helplineCountry={prefs.helplineCountry} organisation={organisation} where="page" />
        </>
      ) : (
        <p class="muted">{STRINGS.loading}</p>
      )}
    </main>
  );
}
