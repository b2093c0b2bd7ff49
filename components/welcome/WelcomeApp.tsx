import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { usePrefs } from '../use-prefs';
import { AppearanceSection } from '../options/AppearanceSection';
import { WelcomeCountry } from './WelcomeCountry';
import { WelcomeExercise } from './WelcomeExercise';
import { WelcomeSite } from './WelcomeSite';

/**
 * The first page after install: what Steady does and does not do, the honest line, three optional
 * first choices (each saved on its own, none needed), how to keep Steady in reach, and a practice
 * pause on a page inside Steady. Closing the tab at any point is fine, and the page says so.
 */
export function WelcomeApp() {
  const { prefs, update, edit } = usePrefs();
  useEffect(() => {
    document.title = t('welcome.title');
  });
  const save = async (patch: Parameters<typeof update>[0]) => (await update(patch)).ok;
  const editOk = async (op: Parameters<typeof edit>[0]) => (await edit(op)).ok;
  return (
    <main class="welcome">
      <header>
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.intro')}</p>
      </header>
      <div class="notice">
        <p>
          <strong>{t('common.selfHelp')}</strong> {t('welcome.private')}
        </p>
      </div>
      <section class="card stack two-lists" aria-labelledby="does-heading">
        <div>
          <h2 id="does-heading">{t('welcome.doesHeading')}</h2>
          <ul>
            <li>{t('welcome.does1')}</li>
            <li>{t('welcome.does2')}</li>
            <li>{t('welcome.does3')}</li>
          </ul>
        </div>
        <div>
          <h2>{t('welcome.doesNotHeading')}</h2>
          <ul>
            <li>{t('welcome.doesNot1')}</li>
            <li>{t('welcome.doesNot2')}</li>
            <li>{t('welcome.doesNot3')}</li>
          </ul>
        </div>
      </section>

      <section class="stack" aria-labelledby="choices-heading">
        <div>
          <h2 id="choices-heading">{t('welcome.choicesHeading')}</h2>
          <p class="muted">{t('welcome.choicesIntro')}</p>
        </div>
        {prefs && (
          <>
            <WelcomeSite prefs={prefs} edit={editOk} />
            <WelcomeExercise prefs={prefs} edit={editOk} />
            <WelcomeCountry prefs={prefs} save={save} />
          </>
        )}
      </section>

      {prefs && <AppearanceSection prefs={prefs} save={save} edit={editOk} />}

      <section class="card stack" aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcome.pinHeading')}</h2>
        <p>{t('welcome.pinChrome')}</p>
        <p>{t('welcome.pinFirefox')}</p>
      </section>

      <section class="card stack" aria-labelledby="try-heading">
        <h2 id="try-heading">{t('welcome.tryHeading')}</h2>
        <p class="muted">{t('welcome.tryIntro')}</p>
        <div>
          <a class="button" href={browser.runtime.getURL('/demo.html')} target="_blank" rel="noopener">{t('welcome.tryButton')}</a>
        </div>
      </section>

      <div class="row">
        <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcome.openSettings')}
        </button>
      </div>
      <p class="muted" data-testid="welcome-later">{t('welcome.later')}</p>
    </main>
  );
}
