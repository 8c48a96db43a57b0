import { render } from 'preact';
import '@cherha/ui-kit/base.css';
import './ticket.css';
import { App, codeFromPath } from './App';

const root = document.getElementById('root');
if (root) render(<App code={codeFromPath(location.pathname)} />, root);
