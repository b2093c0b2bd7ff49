import { useEffect, useRef } from 'preact/hooks';
import { browser, type PublicPath } from 'wxt/browser';
import { EXERCISES } from '../../lib/exercises/catalog';
import { approachLabel } from '../../lib/exercises/library';
import { APPROACHES } from '../../lib/exercises/types';
import { exerciseText, t, type MessageKey } from '../../lib/i18n';

const ROWS = ['Settings', 'CheckIns', 'Pauses', 'Copies', 'Sent'] as const;

export interface AboutSectionProps {
  /** The extension's version (the manifest's by default). */
  version?: string;
}

/**
 * What Steady is and is not, where every piece of data lives, where the exercises come from, the
 * version and the licence. The popup links here (options.html#about).
 */
export function AboutSection({ version = browser.runtime.getManifest().version }: AboutSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The page renders after it loads, so the browser's own jump to #about has nothing to land on.
    if (location.hash === '#about') {
      heading.current?.scrollIntoView();
      heading.current?.focus();
    }
  }, []);
  const cell = (row: (typeof ROWS)[number], part: '' | 'Where' | 'Long') => t(`about.row${row}${part}` as MessageKey);
  return (
    <section id="about" class="card stack about" aria-labelledby="about-heading">
      <h2 id="about-heading" ref={heading} tabIndex={-1}>{t('about.heading')}</h2>
      <p>{t('about.what')}</p>
      <p><strong>{t('about.isNot')}</strong></p>
      <h3>{t('about.dataHeading')}</h3>
      <div class="table-scroll">
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('about.colWhat')}</th>
              <th scope="col">{t('about.colWhere')}</th>
              <th scope="col">{t('about.colHowLong')}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{cell(row, '')}</th>
                <td>{cell(row, 'Where')}</td>
                <td>{cell(row, 'Long')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {t('about.privacy')}{' '}
        <a href={browser.runtime.getURL('/PRIVACY.md' as PublicPath)} target="_blank" rel="noopener">{t('about.privacyLink')}</a>
      </p>
      <details class="sources">
        <summary>{t('about.sourcesHeading')}</summary>
        <p class="muted">{t('about.sourcesIntro')}</p>
        {APPROACHES.map((approach) => (
          <div key={approach}>
            <h4>{approachLabel(approach)}</h4>
            <ul>
              {EXERCISES.filter((e) => e.approach === approach).map((e) => {
                const text = exerciseText(e);
                return (
                  <li key={e.id}>
                    <strong>{text.title}</strong>: {text.source} <span class="muted">{text.evidence}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </details>
      <p class="muted">
        {t('about.version', { version })} · {t('about.licence')}
      </p>
    </section>
  );
}
