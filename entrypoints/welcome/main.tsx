import { render } from 'preact';
import '../../components/theme.css';
import '../options/options.css';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
