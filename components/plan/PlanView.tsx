import { t } from '../../lib/i18n';
import { cardParts, filledParts, reachOnPaper } from '../../lib/plan/parts';
import type { Organisation } from '../../lib/prefs/organisation';
import type { Person, Plan } from '../../lib/prefs/schema';
import { ReachOut } from '../pause/ReachOut';
import { UrgentHelp } from '../pause/UrgentHelp';

export interface PlanViewProps {
  plan: Plan;
  people: readonly Person[];
  helplineCountry: string;
  organisation?: Organisation | null;
  /** 'card': on the pause card, where what knocks the person off balance is never shown. */
  where: 'page' | 'popup' | 'card';
  /** Heading level of each part (the view's own title is the caller's). */
  level?: 2 | 3;
}

/**
 * The person's steadying plan, read-only, in their own words. On paper (the plan page's print
 * stylesheet) links cannot be tapped, so each person's number or address is printed beside them,
 * and what knocks the person off balance is printed only if they ticked it.
 */
export function PlanView({ plan, people, helplineCountry, organisation, where, level = 2 }: PlanViewProps) {
  const parts = where === 'card' ? cardParts(plan) : filledParts(plan);
  const H = `h${level}` as 'h2' | 'h3';
  const services = parts.findIndex((p) => p.key === 'professionals');
  const before = services < 0 ? parts.filter((p) => p.key !== 'reason') : parts.slice(0, services);
  const after = services < 0 ? parts.filter((p) => p.key === 'reason') : parts.slice(services + 1);
  const part = (p: (typeof parts)[number]) => (
    <section key={p.key} class={`plan-part plan-${p.key}${p.key === 'offBalance' && !plan.printOffBalance ? ' no-print' : ''}`} aria-labelledby={`plan-${where}-${p.key}`}>
      <H id={`plan-${where}-${p.key}`}>{p.title}</H>
      <p class="plan-text" dir="auto">{plan[p.key]}</p>
    </section>
  );
  return (
    <div class="plan-view stack">
      {parts.length === 0 && people.length === 0 && <p class="muted">{t('plan.empty')}</p>}
      {before.map(part)}
      <section class="plan-part plan-people" aria-labelledby={`plan-${where}-people`}>
        <H id={`plan-${where}-people`}>{t('plan.people')}</H>
        {people.length > 0 ? (
          <>
            <div class="screen-only">
              <ReachOut people={people} organisation={organisation} />
            </div>
            <ul class="print-only plan-paper-people">
              {people.map((person) => (
                <li key={person.id}>
                  <span dir="auto">{person.name}</span>: {reachOnPaper(person.link)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="muted">{t('plan.noPeople')}</p>
        )}
      </section>
      <section class="plan-part plan-services" aria-labelledby={`plan-${where}-services`}>
        <H id={`plan-${where}-services`}>{parts[services]?.title ?? t('plan.professionals.title')}</H>
        {services >= 0 && <p class="plan-text" dir="auto">{plan.professionals}</p>}
        <UrgentHelp country={helplineCountry} organisation={organisation} />
      </section>
      {after.map(part)}
    </div>
  );
}
