import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './app/i18n';
import { preloadPage } from './app/pages';
import { startStorage } from './lib/storage/startStorage';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/shell.css';
import './ui/ui.css';
import { App } from './app/App';

// Other tabs' edits of a draft are followed, and writes held back are written on pagehide.
startStorage();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// After the language in use is loaded, so no page shows translation keys, and the page it opens
// on, so that it is drawn at once; if either cannot be downloaded, the app still starts (and
// says what failed where it can).
// (The page's translations are asked for once i18next has started: the page's HTML has preloaded
// every file meanwhile.) A page slower than a second to arrive is not waited for: the shell is
// drawn and says it is loading.
const atMost = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
void i18nReady
  .then(() => Promise.race([preloadPage(location.pathname), atMost(1000)]))
  .then(render, render);
