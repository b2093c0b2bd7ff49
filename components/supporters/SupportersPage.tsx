import { useEffect } from 'preact/hooks';
import { readPrefs } from '../../lib/prefs/read';
import { GUIDE_INTRO, GUIDE_SECTIONS, GUIDE_SOURCES, GUIDE_SOURCES_HEADING, GUIDE_SOURCES_NOTE, GUIDE_TITLE } from '../../lib/supporters/guide';
import { applyAppearance } from '../../lib/ui/apply-appearance';

const STRINGS = { print: 'Print or save as PDF', selfHelp: 'Steady is a self-help tool, not therapy or a crisis service.' };

/**
 * The page for the people who support the person. It shows the same words for everyone: nothing
 * from the person's settings is on it (only their light or dark choice is read, to draw it).
 */
export function SupportersPage() {
  useEffect(() => {
    void readPrefs().then((p) => applyAppearance(p.appearance)).catch(() => undefined);
  }, []);
  return (
    <main class="print-page">
      <h1>{GUIDE_TITLE}</h1>
      <p>{GUIDE_INTRO}</p>
      <div class="page-actions">
        <button type="button" class="primary" onClick={() => window.print()}>{STRINGS.print}</button>
      </div>
      {GUIDE_SECTIONS.map((section) => (
        <section key={section.id} class="guide-section" aria-labelledby={`guide-${section.id}`}>
          <h2 id={`guide-${section.id}`}>{section.heading}</h2>
          {section.paragraphs?.map((text, i) => <p key={i}>{text}</p>)}
          {section.points && (
            <ul class="guide-points">
              {section.points.map((point) => (
                <li key={point.lead}>
                  <strong>{point.lead}</strong> {point.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section class="sources" aria-labelledby="guide-sources">
        <h2 id="guide-sources">{GUIDE_SOURCES_HEADING}</h2>
        <p class="muted">{GUIDE_SOURCES_NOTE}</p>
        <ol>
          {GUIDE_SOURCES.map((source) => (
            <li key={source.id}>{source.text}</li>
          ))}
        </ol>
      </section>
      <p class="muted">{STRINGS.selfHelp}</p>
    </main>
  );
}
