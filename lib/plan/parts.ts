import { t } from '../i18n';
import type { Plan, Prefs } from '../prefs/schema';

/**
 * The parts of the steadying plan, in the order safety-planning practice puts them (Stanley &
 * Brown; the apps reviewed by Gryglewicz et al. 2024): noticing what knocks me off balance, what
 * helps, safe places, my people, professionals and services, and a reason that matters. Their
 * words are in the i18n catalogues (plan.*).
 */
export type PlanTextKey = 'offBalance' | 'helps' | 'safePlaces' | 'professionals' | 'reason';

export interface PlanPart {
  key: PlanTextKey;
  /** As it reads on the plan ("What helps me"), in the person's language. */
  readonly title: string;
  /** The invitation in the editor. */
  readonly hint: string;
}

/**
 * Read when shown, not when this module loads: the page's language is chosen (or changed in
 * Appearance) after the module is in place.
 */
const part = (key: PlanTextKey): PlanPart => ({
  key,
  get title() {
    return t(`plan.${key}.title`);
  },
  get hint() {
    return t(`plan.${key}.hint`);
  },
});

export const PLAN_PARTS: readonly PlanPart[] = (['offBalance', 'helps', 'safePlaces', 'professionals', 'reason'] as const).map(part);

/** The parts the person has written something in, in plan order. */
export function filledParts(plan: Plan, { leaveOut = [] as PlanTextKey[] } = {}): PlanPart[] {
  return PLAN_PARTS.filter((part) => plan[part.key].trim() !== '' && !leaveOut.includes(part.key));
}

/**
 * What the pause card may show: never what knocks the person off balance (a pause is a moment when
 * something just did), only what helps.
 */
export const cardParts = (plan: Plan) => filledParts(plan, { leaveOut: ['offBalance'] });

/** There is something to show: written parts, or people, or a helpline country. */
export const planHasContent = (prefs: Pick<Prefs, 'plan' | 'people' | 'helplineCountry'>) =>
  filledParts(prefs.plan).length > 0 || prefs.people.length > 0 || prefs.helplineCountry !== '';

/** How a person's link reads on paper, where a link cannot be tapped: the number or address itself. */
export function reachOnPaper(link: string): string {
  const [scheme = '', ...rest] = link.split(':');
  const target = rest.join(':').replace(/^\/\//, '').split('?')[0] ?? '';
  const how = ({ tel: 'plan.paperCall', sms: 'plan.paperText', mailto: 'plan.paperEmail' } as const)[scheme.toLowerCase() as 'tel'];
  return how ? t(how, { target: decodeURIComponent(target) }) : link.replace(/^https:\/\//, '');
}
