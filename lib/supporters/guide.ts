import { t, type MessageKey } from '../i18n';

/**
 * "For the people who support me": a page the person may open, print or save for a partner, friend
 * or family member. Written in Steady's own words from the sources listed at the end (see
 * shared/research/ and the two articles Steady grew from). It holds nothing of the person's own
 * settings: no sites, no words, no names.
 *
 * This module gives the page its shape (sections, points, which sources back each point); every word
 * is in the i18n catalogues under guide.* (lib/i18n/locales/*-guide.ts), read when shown.
 */

export interface GuideSection {
  id: 'what' | 'pauses' | 'help' | 'not' | 'worried' | 'you';
  /** How many paragraphs come before the points (guide.<id>.p1, p2, ...). */
  paragraphs: number;
  /** Points, each a short lead and its explanation (guide.<id>.<point>.lead and .text). */
  points?: ReadonlyArray<{ id: string; source: readonly SourceId[] }>;
}

export type SourceId = 'herman' | 'olawunmi' | 'burdick' | 'sense-of-safety' | 'samhsa' | 'treleaven' | 'touch' | 'chayn' | 'safety-planning' | 'helplines';

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  { id: 'what', paragraphs: 2 },
  { id: 'pauses', paragraphs: 2 },
  {
    id: 'help',
    paragraphs: 1,
    points: [
      { id: 'voice', source: ['sense-of-safety', 'burdick'] },
      { id: 'slow', source: ['burdick', 'treleaven'] },
      { id: 'touch', source: ['touch', 'treleaven'] },
      { id: 'choices', source: ['samhsa', 'treleaven'] },
      { id: 'there', source: ['olawunmi', 'herman'] },
      { id: 'steady', source: ['burdick', 'herman'] },
      { id: 'after', source: ['safety-planning'] },
    ],
  },
  {
    id: 'not',
    paragraphs: 0,
    points: [
      { id: 'details', source: ['treleaven'] },
      { id: 'calm', source: ['samhsa'] },
      { id: 'deciding', source: ['samhsa', 'chayn'] },
      { id: 'crowding', source: ['sense-of-safety'] },
      { id: 'personal', source: ['olawunmi'] },
    ],
  },
  { id: 'worried', paragraphs: 1 },
  { id: 'you', paragraphs: 2 },
];

export const GUIDE_SOURCES: readonly SourceId[] = ['herman', 'olawunmi', 'burdick', 'sense-of-safety', 'samhsa', 'treleaven', 'touch', 'chayn', 'safety-planning', 'helplines'];

/** The keys are built from the shape above; tests/unit/locales.test.ts checks each exists in every locale. */
const key = (k: string) => k as MessageKey;

export const sectionHeading = (section: GuideSection) => t(key(`guide.${section.id}.heading`));
export const sectionParagraphs = (section: GuideSection) => Array.from({ length: section.paragraphs }, (_, i) => t(key(`guide.${section.id}.p${i + 1}`)));
export const pointText = (section: GuideSection, point: { id: string }) => ({
  lead: t(key(`guide.${section.id}.${point.id}.lead`)),
  text: t(key(`guide.${section.id}.${point.id}.text`)),
});
export const sourceText = (source: SourceId) => t(key(`guide.source.${source}`));

/** Every key the page reads, so a test can see none is missing. */
export function guideKeys(): string[] {
  return [
    'guide.title',
    'guide.intro',
    'guide.sources.heading',
    'guide.sources.note',
    ...GUIDE_SECTIONS.flatMap((s) => [
      `guide.${s.id}.heading`,
      ...Array.from({ length: s.paragraphs }, (_, i) => `guide.${s.id}.p${i + 1}`),
      ...(s.points ?? []).flatMap((p) => [`guide.${s.id}.${p.id}.lead`, `guide.${s.id}.${p.id}.text`]),
    ]),
    ...GUIDE_SOURCES.map((s) => `guide.source.${s}`),
  ];
}

/** Every line of the page (not its sources), in the active language, for the wording check. */
export function guideLines(): string[] {
  return [
    t('guide.intro'),
    ...GUIDE_SECTIONS.flatMap((s) => [sectionHeading(s), ...sectionParagraphs(s), ...(s.points ?? []).flatMap((p) => Object.values(pointText(s, p)))]),
  ];
}
