import { render } from 'preact';
import '../../components/theme.css';
import '../../components/relational.css';
import '../../components/plan/print-page.css';
import { PlanPage } from '../../components/plan/PlanPage';

render(<PlanPage />, document.getElementById('app')!);
