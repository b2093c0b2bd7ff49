import { render } from 'preact';
import { startLanguage } from '../../lib/i18n/start';
import '../../components/theme.css';
import '../options/options.css';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

// The page starts in the language it last used, so its first paint is already in the person's words.
void startLanguage().then(() => render(<WelcomeApp />, document.getElementById('app')!));
