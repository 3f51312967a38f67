import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** Each page loads on demand, so a first visit downloads only the shell and its page. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/designer" replace /> },
      {
        path: 'designer',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/designer/DesignerPage').then((m) => ({ Component: m.DesignerPage })),
      },
      {
        path: 'rich-text',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/richtext/RichTextPage').then((m) => ({ Component: m.RichTextPage })),
      },
      {
        path: 'compose',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/compose/ComposePage').then((m) => ({ Component: m.ComposePage })),
      },
      {
        path: 'templates',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/templates/TemplatesPage').then((m) => ({
            Component: m.TemplatesPage,
          })),
      },
      {
        path: 'history',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/history/HistoryPage').then((m) => ({ Component: m.HistoryPage })),
      },
      {
        path: 'history/:id',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/history/HistoryDetailPage').then((m) => ({
            Component: m.HistoryDetailPage,
          })),
      },
      {
        path: 'inbox',
        errorElement: <RouteError />,
        lazy: () => import('../features/inbox/InboxPage').then((m) => ({ Component: m.InboxPage })),
      },
      {
        path: 'preview',
        errorElement: <RouteError />,
        lazy: () =>
          import('../features/preview/PreviewPage').then((m) => ({ Component: m.PreviewPage })),
      },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);
