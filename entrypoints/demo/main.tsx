import { render } from 'preact';
import '../../components/pause/pause.css';
import { DemoPause } from '../../components/welcome/DemoPause';
import { applyLanguage } from '../../lib/i18n';
import { readPrefs } from '../../lib/prefs/read';

// The practice pause from the welcome page: the card as a site would show it, on a page of Steady's own.
void readPrefs().then(async (prefs) => {
  await applyLanguage(prefs.appearance.language);
  render(<DemoPause prefs={prefs} />, document.body);
});
