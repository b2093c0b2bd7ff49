import { afterEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../lib/i18n';
import { de } from '../../lib/i18n/locales/de';
import { en } from '../../lib/i18n/locales/en';
import { messages } from '../../lib/i18n/locales/en-messages';
import { GUIDE_SECTIONS, GUIDE_SOURCES, guideKeys, guideLines, sourceText } from '../../lib/supporters/guide';
import { PLAN_PARTS, reachOnPaper } from '../../lib/plan/parts';

describe('the supporters’ page and the plan read their words from the catalogues', () => {
  afterEach(() => setCatalogue(en, null));

  it('every key the page builds from its shape exists, and the catalogue has no guide words the page never shows', () => {
    const built = guideKeys();
    expect(built.filter((key) => !(key in messages))).toEqual([]);
    expect(Object.keys(messages).filter((key) => key.startsWith('guide.') && !built.includes(key))).toEqual([]);
    expect(GUIDE_SOURCES).toHaveLength(10);
    expect(GUIDE_SECTIONS.flatMap((s) => s.points ?? []).every((p) => p.source.every((id) => GUIDE_SOURCES.includes(id)))).toBe(true);
  });

  it('shows the page, the plan’s parts and the paper links in the language chosen after the modules loaded', () => {
    const english = guideLines();
    const englishTitle = PLAN_PARTS[1]!.title;
    setCatalogue(de, null);
    const german = guideLines();
    expect(german).toHaveLength(english.length);
    expect(german.filter((line, i) => line === english[i])).toEqual([]);
    expect(german).toContain('Wie du helfen kannst, wieder Halt zu finden');
    expect(sourceText('herman')).toMatch(/^Herman, J\. L\. \(1992\)\. Trauma and Recovery\./);
    expect(PLAN_PARTS[1]!.title).toBe('Was mir hilft');
    expect(englishTitle).toBe('What helps me');
    expect(reachOnPaper('tel:+4930123')).toBe('Anrufen: +4930123');
  });
});
