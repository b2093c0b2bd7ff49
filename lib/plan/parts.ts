import type { Plan, Prefs } from '../prefs/schema';

/**
 * The parts of the steadying plan, in the order safety-planning practice puts them (Stanley &
 * Brown; the apps reviewed by Gryglewicz et al. 2024): noticing what knocks me off balance, what
 * helps, safe places, my people, professionals and services, and a reason that matters. All of the
 * plan's words live here, in one place, for translation.
 */
export type PlanTextKey = 'offBalance' | 'helps' | 'safePlaces' | 'professionals' | 'reason';

export interface PlanPart {
  key: PlanTextKey;
  /** As it reads on the plan ("What helps me"). */
  title: string;
  /** The invitation in the editor. */
  hint: string;
}

export const PLAN_STRINGS = {
  title: 'My steadying plan',
  intro: 'A short plan in your own words, for the moments when things feel like too much. Every part is optional.',
  empty: 'Your plan is empty so far. You can write it in Settings, in your own words, whenever you like.',
  people: 'My people',
  noPeople: 'No one on your list yet. You can add people in Settings.',
  services: 'Helplines for',
  print: 'Print or save as PDF',
  printOffBalance: 'Include “What tends to knock me off balance” when printing',
  printOffBalanceHint: 'It is left off the printout unless you tick this, so it stays as private as your lists.',
  offBalanceNotOnCard: 'The pause card never shows this part.',
  edit: 'Edit in Settings',
  openPage: 'Open to print',
  selfHelp: 'A self-help tool, not therapy or a crisis service.',
} as const;

export const PLAN_PARTS: readonly PlanPart[] = [
  { key: 'offBalance', title: 'What tends to knock me off balance', hint: 'Signs that things are getting hard: thoughts, feelings, places or times. Kept as private as your lists.' },
  { key: 'helps', title: 'What helps me', hint: 'Things you can do on your own that help, even a little: a practice, a song, a walk, a warm drink.' },
  { key: 'safePlaces', title: 'Places and things that feel safe', hint: 'A room, a park, a café, a blanket, an object to hold: places and things where you feel more at ease.' },
  { key: 'professionals', title: 'Professionals and services', hint: 'Your therapist, doctor or a service you trust, with how to reach them. Helplines for your country are added below.' },
  { key: 'reason', title: 'One reason that matters to me', hint: 'Someone, something or a hope that matters to you.' },
];

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
  const how: Record<string, string> = { tel: 'Call', sms: 'Text', mailto: 'Email' };
  return how[scheme.toLowerCase()] ? `${how[scheme.toLowerCase()]} ${decodeURIComponent(target)}` : link.replace(/^https:\/\//, '');
}
