import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code downloads the first time it is shown, not with the page (the
 * page-weight guard, scripts/pageWeight.test.ts): `load` imports its module and returns it.
 * Nothing is drawn while it downloads; a download that fails reaches the error page, which
 * says the app was updated and offers Reload.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): (props: P) => ReactNode {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
