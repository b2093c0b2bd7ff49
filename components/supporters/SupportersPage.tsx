import { useEffect, useState } from 'preact/hooks';
import { applyLanguage, t } from '../../lib/i18n';
import { readPrefs } from '../../lib/prefs/read';
import { GUIDE_SECTIONS, GUIDE_SOURCES, pointText, sectionHeading, sectionParagraphs, sourceText } from '../../lib/supporters/guide';
import { applyAppearance } from '../../lib/ui/apply-appearance';

/**
 * The page for the people who support the person. It shows the same words for everyone: nothing
 * from the person's settings is on it (only their light or dark choice and their language are read,
 * to draw it).
 */
export function SupportersPage() {
  const [, setLang] = useState('');
  useEffect(() => {
    void readPrefs()
      .then(async (p) => {
        applyAppearance(p.appearance);
        // The page started in the language it last used; the person's choice may differ.
        const catalogue = await applyLanguage(p.appearance.language, false);
        setLang(catalogue.code);
      })
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    document.title = t('guide.title');
  });
  return (
    <main class="print-page">
      <h1>{t('guide.title')}</h1>
      <p>{t('guide.intro')}</p>
      <div class="page-actions">
        <button type="button" class="primary" onClick={() => window.print()}>{t('plan.print')}</button>
      </div>
      {GUIDE_SECTIONS.map((section) => (
        <section key={section.id} class="guide-section" aria-labelledby={`guide-${section.id}`}>
          <h2 id={`guide-${section.id}`}>{sectionHeading(section)}</h2>
          {sectionParagraphs(section).map((text, i) => <p key={i}>{text}</p>)}
          {section.points && (
            <ul class="guide-points">
              {section.points.map((point) => {
                const { lead, text } = pointText(section, point);
                return (
                  <li key={point.id}>
                    <strong>{lead}</strong> {text}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
      <section class="sources" aria-labelledby="guide-sources">
        <h2 id="guide-sources">{t('guide.sources.heading')}</h2>
        <p class="muted">{t('guide.sources.note')}</p>
        <ol>
          {GUIDE_SOURCES.map((source) => (
            <li key={source}>{sourceText(source)}</li>
          ))}
        </ol>
      </section>
      <p class="muted">{t('supporters.selfHelp')}</p>
    </main>
  );
}
