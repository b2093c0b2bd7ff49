import { render } from 'preact';
import { startLanguage } from '../../lib/i18n/start';
import '../../components/theme.css';
import '../../components/relational.css';
import '../../components/plan/print-page.css';
import { PlanPage } from '../../components/plan/PlanPage';

// The page starts in the language it last used (the exercise library is not needed here).
void startLanguage(false).then(() => render(<PlanPage />, document.getElementById('app')!));
