import type { ReactNode } from 'react';
import { Banner } from './Banner';
import { Button } from './Button';

/** What the view reads of a query; TanStack Query's result fits. */
interface ViewedQuery<T> {
  data: T | undefined;
  error: Error | null;
  refetch: () => unknown;
}

/**
 * What a query has loaded, in its four states: a loading line, the error with a retry button,
 * the empty state, or `children` given the data.
 */
export function QueryView<T>({
  query,
  loading,
  loadingClassName,
  failed,
  retry,
  isEmpty,
  empty,
  children,
}: {
  query: ViewedQuery<T>;
  loading: ReactNode;
  loadingClassName?: string;
  /** The error's sentence, given its message. */
  failed: (message: string) => ReactNode;
  retry: ReactNode;
  isEmpty: (data: T) => boolean;
  empty: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.error) {
    return (
      <Banner tone="error" action={<Button onClick={() => void query.refetch()}>{retry}</Button>}>
        {failed(query.error.message)}
      </Banner>
    );
  }
  if (query.data === undefined) {
    return (
      <p className={loadingClassName} role="status">
        {loading}
      </p>
    );
  }
  return isEmpty(query.data) ? empty : children(query.data);
}
