// The start bench's floor (bench/start.bench.ts): React rendering one element that carries what
// the bench waits for in the designer, built and served as the app is.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <div data-canvas-header data-palette-kind data-testid="message-preview">
      Mind Card Studio
    </div>
  </StrictMode>,
);
