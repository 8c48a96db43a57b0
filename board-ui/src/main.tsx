import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@cherha/ui-kit/base.css';
import './board.css';
import { i18n } from './i18n';
import { App } from './App';
import { WindowDisplay } from './window/WindowDisplay';
import { windowParam } from './window/i18n';

const root = document.getElementById('root');
const windowId = windowParam(location.search);
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {/* /board/?window=<id>: the small screen at one window; otherwise the hall board */}
        {windowId === null ? <App /> : <WindowDisplay rawWindowId={windowId} />}
      </I18nextProvider>
    </StrictMode>,
  );
}
