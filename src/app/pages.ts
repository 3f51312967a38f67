import { createElement, lazy, useState, type ComponentType } from 'react';
import i18next from './i18n';
import { PAGE_ROUTES, routeOf, startupNamespaces, type PageRoute } from './routeManifest';

/*
 * Routing uses wouter (2 KB instead of React Router's 30 KB). In a page: `useParams()`,
 * `useSearchParams()`, and `const [, navigate] = useLocation()` from 'wouter'.
 * Each page loads on demand, so a first visit downloads only the shell and its page. The pages
 * are listed in routeManifest.ts and live in src/pages (each puts features together); this glob
 * gives Vite one chunk per page module. A page's translations download with it, so it does not
 * show, then hide, a loading line for them.
 */
const PAGE_MODULES = import.meta.glob<Record<string, unknown>>('../pages/*Page.tsx');

/** The loader of a manifest module (`pages/DesignerPage`); throws if there is none. */
export function pageLoader(module: string): () => Promise<Record<string, unknown>> {
  const load = PAGE_MODULES[`../${module}.tsx`];
  if (!load) throw new Error(`routeManifest.ts names ${module}, which is not a page module`);
  return load;
}

/** A page's module and the translations it starts with; its component. */
const loadPage = (route: PageRoute): Promise<ComponentType> =>
  Promise.all([
    pageLoader(route.module)(),
    i18next.loadNamespaces(startupNamespaces(route)).catch(() => undefined),
  ]).then(([loaded]) => loaded[route.exportName] as ComponentType);

/** Pages loaded before the first render (see preloadPage), drawn without suspending. */
const ready = new Map<string, ComponentType>();

/**
 * Loads the page at `pathname` (preloaded by the page's HTML) so that the first render
 * draws it at once. Otherwise the route would suspend for a moment, and React shows a suspended
 * boundary's content no sooner than 300 ms after its fallback (its fallback throttle): the
 * designer appeared ~330 ms after the shell although every file had arrived. Never rejects: a
 * page that cannot be loaded is left to the route, which says so.
 */
export async function preloadPage(pathname: string): Promise<void> {
  const route = routeOf(pathname);
  if (!route) return;
  try {
    ready.set(route.path, await loadPage(route));
  } catch {
    // The route loads it again when shown, and its error boundary explains a failure.
  }
}

/** Downloads the code of the page at `path` (a manifest pattern, `/history/:id`), one click away. */
export function prefetchPage(path: string): void {
  const route = PAGE_ROUTES.find((candidate) => candidate.path === path);
  if (route) void pageLoader(route.module)().catch(() => undefined);
}

export const ROUTES: { path: string; Component: ComponentType<object> }[] = PAGE_ROUTES.map(
  (route) => {
    const Lazy = lazy(() => loadPage(route).then((component) => ({ default: component })));
    return {
      path: route.path,
      // Chosen once per mount, so that a preload finishing after the first render does not
      // swap the page under the user; its props (wouter's params) passed on, as lazy() did.
      Component: function Page(props: object) {
        const [Shown] = useState<ComponentType<object>>(() => ready.get(route.path) ?? Lazy);
        return createElement(Shown, props);
      },
    };
  },
);
