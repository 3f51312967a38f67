import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/*
 * Routing uses wouter (2 KB instead of React Router's 30 KB). In a page: `useParams()`,
 * `useSearchParams()`, and `const [, navigate] = useLocation()` from 'wouter'.
 * Each page loads on demand, so a first visit downloads only the shell and its page.
 */
const page = <T extends Record<string, unknown>>(
  load: () => Promise<T>,
  name: keyof T,
): LazyExoticComponent<ComponentType> =>
  lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));

export const ROUTES: { path: string; Component: LazyExoticComponent<ComponentType> }[] = [
  {
    path: '/designer',
    Component: page(() => import('../features/designer/DesignerPage'), 'DesignerPage'),
  },
  {
    path: '/rich-text',
    Component: page(() => import('../features/richtext/RichTextPage'), 'RichTextPage'),
  },
  {
    path: '/compose',
    Component: page(() => import('../features/compose/ComposePage'), 'ComposePage'),
  },
  {
    path: '/templates',
    Component: page(() => import('../features/templates/TemplatesPage'), 'TemplatesPage'),
  },
  {
    path: '/history',
    Component: page(() => import('../features/history/HistoryPage'), 'HistoryPage'),
  },
  {
    path: '/history/:id',
    Component: page(() => import('../features/history/HistoryDetailPage'), 'HistoryDetailPage'),
  },
  { path: '/inbox', Component: page(() => import('../features/inbox/InboxPage'), 'InboxPage') },
  {
    path: '/preview',
    Component: page(() => import('../features/preview/PreviewPage'), 'PreviewPage'),
  },
];
