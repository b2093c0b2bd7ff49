import { render } from 'preact';
import { startLanguage } from '../../lib/i18n/start';
import '../../components/theme.css';
import '../../components/history/history.css';
import '../../components/relational.css';
import './options.css';
import { OptionsApp } from '../../components/options/OptionsApp';

// The page starts in the language it last used, so its first paint is already in the person's words.
void startLanguage().then(() => render(<OptionsApp />, document.getElementById('app')!));
