import { render } from 'preact';
import '../../components/theme.css';
import '../../components/plan/print-page.css';
import { SupportersPage } from '../../components/supporters/SupportersPage';

render(<SupportersPage />, document.getElementById('app')!);
