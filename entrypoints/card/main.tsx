import { render } from 'preact';
import '../../components/pause/pause.css';
import { CardApp } from '../../components/pause/CardApp';
import { awaitCardLink } from '../../lib/pause/card-link';
import { readPrefs } from '../../lib/prefs/read';
import { applyLanguage } from '../../lib/i18n';

// The pause card, as an extension page inside the cover's frame: nothing in it is part of the
// website's document, so the page's scripts cannot read it, click it or hear its keys.
// It loads only its own language's messages and three practices, never the whole library.
void Promise.all([awaitCardLink(window), readPrefs().then(async (prefs) => (await applyLanguage(prefs.appearance.language, false), prefs))]).then(([link, prefs]) => {
  render(<CardApp link={link} prefs={prefs} now={Date.now} />, document.body);
  link.send({ type: 'ready' });
});
