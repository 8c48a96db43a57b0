import { render } from 'preact';
import '@cherha/ui-kit/base.css';
import './booking.css';
import { App } from './App';
import { codeFromLocation } from './api';

const root = document.getElementById('root');
if (root) render(<App initialCode={codeFromLocation()} />, root);
