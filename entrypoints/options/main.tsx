import { render } from 'preact';
import '../../components/theme.css';
import '../../components/history/history.css';
import '../../components/relational.css';
import './options.css';
import { OptionsApp } from '../../components/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
