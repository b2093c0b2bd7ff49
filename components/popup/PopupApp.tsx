import { browser } from 'wxt/browser';
import { usePrefs } from '../use-prefs';
import { describeSetup } from '../../lib/ui/describe-setup';
import { PauseHere } from './PauseHere';

export function PopupApp() {
  const { prefs, update } = usePrefs();
  return (
    <main>
      <header>
        <h1>Steady</h1>
        <p class="muted" data-testid="setup-summary">{prefs ? describeSetup(prefs) : 'Loading…'}</p>
      </header>
      {prefs && <PauseHere prefs={prefs} update={update} />}
      <div class="row">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
      </div>
      <footer class="muted">
        <p>A self-help tool, not therapy or a crisis service.</p>
      </footer>
    </main>
  );
}
