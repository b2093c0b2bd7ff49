import { browser } from 'wxt/browser';
import { usePrefs } from '../use-prefs';
import { AppearanceSection } from '../options/AppearanceSection';

export function WelcomeApp() {
  const { prefs, update, edit } = usePrefs();
  return (
    <main>
      <header>
        <h1>Welcome to Steady</h1>
        <p>
          Steady can offer a short, gentle pause when you reach a site or a word you chose, and a few calm exercises
          from the toolbar whenever you want one. Nothing happens until you set it up, and you can always continue
          with one click.
        </p>
      </header>
      <div class="notice">
        <p>
          <strong>A self-help tool, not therapy or a crisis service.</strong> Your lists stay on this device: Steady
          has no accounts, no analytics and makes no network requests.
        </p>
      </div>
      {prefs && <AppearanceSection prefs={prefs} save={async (patch) => (await update(patch)).ok} edit={async (op) => (await edit(op)).ok} />}
      <div class="row">
        <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          Choose sites and words
        </button>
        <span class="muted">or close this tab: you can do it later from Settings.</span>
      </div>
    </main>
  );
}
