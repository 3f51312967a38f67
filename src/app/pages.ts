import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import i18next from './i18n';
import { PAGE_ROUTES, startupNamespaces } from './routeManifest';

/*
 * Routing uses wouter (2 KB instead of React Router's 30 KB). In a page: `useParams()`,
 * `useSearchParams()`, and `const [, navigate] = useLocation()` from 'wouter'.
 * Each page loads on demand, so a first visit downloads only the shell and its page. The pages
 * are listed in routeManifest.ts; this glob gives Vite one chunk per page module. A page's
 * translations download with it, so it does not show, then hide, a loading line for them.
 */
const PAGE_MODULES = import.meta.glob<Record<string, unknown>>('../features/*/*Page.tsx');

/** The loader of a manifest module (`features/designer/DesignerPage`); throws if there is none. */
export function pageLoader(module: string): () => Promise<Record<string, unknown>> {
  const load = PAGE_MODULES[`../${module}.tsx`];
  if (!load) throw new Error(`routeManifest.ts names ${module}, which is not a page module`);
  return load;
}

export const ROUTES: { path: string; Component: LazyExoticComponent<ComponentType> }[] =
  PAGE_ROUTES.map((route) => {
    const load = pageLoader(route.module);
    return {
      path: route.path,
      Component: lazy(() =>
        Promise.all([
          load(),
          i18next.loadNamespaces(startupNamespaces(route)).catch(() => undefined),
        ]).then(([loaded]) => ({ default: loaded[route.exportName] as ComponentType })),
      ),
    };
  });
