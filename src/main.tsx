import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './app/i18n';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/shell.css';
import './ui/ui.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// After the language in use is loaded, so no page shows translation keys; if it cannot be
// downloaded, the app still starts (and says what failed where it can).
void i18nReady.then(render, render);
