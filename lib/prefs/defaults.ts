import { PREFS_VERSION, type Plan, type Prefs, type Trigger } from './schema';

/** Nothing pauses until the person configures it: no sites, no triggers. */
export function defaultPrefs(): Prefs {
  return {
    version: PREFS_VERSION,
    sites: [],
    triggers: [],
    pause: {
      frequency: 'once-per-session',
      intervalMinutes: 30,
      snoozeMinutes: [15, 60],
      gentleDelaySeconds: 0,
      showMatchedWord: false,
      practice: '',
      offerWords: false,
      offerPlan: false,
    },
    quietHours: { enabled: false, from: '22:00', to: '07:00', days: [0, 1, 2, 3, 4, 5, 6] },
    exercises: { favourites: [], hidden: [], breathPace: 4, breathHolds: false, stepTimer: false, chime: false, checkIns: false, learnFromCheckIns: true },
    people: [],
    helplineCountry: '',
    appearance: { theme: 'system', textSize: 'default', motion: 'system', language: 'browser', voice: { enabled: false, name: '', rate: 0.9 } },
    history: { retentionDays: 90 },
    listReview: { enabled: true, lastAt: 0 },
    plan: defaultPlan(),
    sync: false,
  };
}

/** An empty plan: every part is the person's to fill, or to leave empty. */
export function defaultPlan(): Plan {
  return { offBalance: '', helps: '', safePlaces: '', professionals: '', reason: '', printOffBalance: false };
}

/** What a new word list starts with, besides its words, label and where it applies. */
export const TRIGGER_DEFAULTS = {
  veilStyle: 'solid',
  skipPageParts: true,
  wordEndings: false,
  endsAt: 0,
  lastsDays: 0,
} as const satisfies Partial<Trigger>;
