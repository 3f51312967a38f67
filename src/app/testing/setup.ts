// Setup of the app's vitest project (vite.config.ts). In the app, a page downloads the
// translation namespaces it shows and the markdown renderer when the first markdown is shown;
// here both are there from the start, so a test renders any component in one act().
// src/app/i18n.test.ts and markdownRenderer.test.tsx check the downloads themselves.
import i18next, { NAMESPACES } from '../i18n';
import '../../features/preview/renderMarkdown';

await i18next.loadNamespaces([...NAMESPACES]);
