import { render } from 'preact';
import { startLanguage } from '../../lib/i18n/start';
import '../../components/theme.css';
import '../../components/players/players.css';
import '../../components/history/history.css';
import '../../components/relational.css';
import './popup.css';
import { PopupApp } from '../../components/popup/PopupApp';

// The page starts in the language it last used, so its first paint is already in the person's words.
void startLanguage().then(() => render(<PopupApp />, document.getElementById('app')!));
