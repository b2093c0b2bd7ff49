import { render } from 'preact';
import '../../components/theme.css';
import '../../components/players/players.css';
import '../../components/history/history.css';
import '../../components/relational.css';
import './popup.css';
import { PopupApp } from '../../components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
