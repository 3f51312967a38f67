import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { PAGE_ROUTES } from './routeManifest';

/*
 * Routing uses wouter (2 KB instead of React Router's 30 KB). In a page: `useParams()`,
 * `useSearchParams()`, and `const [, navigate] = useLocation()` from 'wouter'.
 * Each page loads on demand, so a first visit downloads only the shell and its page. The pages
 * are listed in routeManifest.ts; this glob gives Vite one chunk per page module.
 */
const PAGE_MODULES = import.meta.glob<Record<string, unknown>>('../features/*/*Page.tsx');

/** The loader of a manifest module (`features/designer/DesignerPage`); throws if there is none. */
export function pageLoader(module: string): () => Promise<Record<string, unknown>> {
  const load = PAGE_MODULES[`../${module}.tsx`];
  if (!load) throw new Error(`routeManifest.ts names ${module}, which is not a page module`);
  return load;
}

export const ROUTES: { path: string; Component: LazyExoticComponent<ComponentType> }[] =
  PAGE_ROUTES.map(({ path, module, exportName }) => {
    const load = pageLoader(module);
    return {
      path,
      Component: lazy(() =>
        load().then((loaded) => ({ default: loaded[exportName] as ComponentType })),
      ),
    };
  });
