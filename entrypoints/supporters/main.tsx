import { render } from 'preact';
import { startLanguage } from '../../lib/i18n/start';
import '../../components/theme.css';
import '../../components/plan/print-page.css';
import { SupportersPage } from '../../components/supporters/SupportersPage';

// The page starts in the language it last used (the exercise library is not needed here).
void startLanguage(false).then(() => render(<SupportersPage />, document.getElementById('app')!));
