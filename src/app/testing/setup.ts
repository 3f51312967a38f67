// Setup of the app's vitest project (vite.config.ts). In the app, the markdown renderer
// downloads when the first markdown is shown; here it is there from the start, so a test renders
// markdown in the same act() as the rest. markdownRenderer.test.tsx checks the download itself.
// (Translations: src/app/i18n.ts loads every namespace in tests.)
import '../../features/preview/renderMarkdown';
