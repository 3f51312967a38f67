import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus after a change that removes or moves the focused control (removing a button,
 * moving it to the end of the row): `request(selector)` focuses the first match inside the
 * container once React has rendered the change, so keyboard users are not thrown to the page.
 * Call it beside the store action whose change re-renders the container.
 */
export function useFocusRequest<T extends HTMLElement>(): {
  container: RefObject<T | null>;
  request: (selector: string) => void;
} {
  const container = useRef<T>(null);
  const pending = useRef<string | null>(null);
  // After every render: the one that shows the change focuses what was asked for.
  useLayoutEffect(() => {
    if (pending.current === null) return;
    container.current?.querySelector<HTMLElement>(pending.current)?.focus();
    pending.current = null;
  });
  const request = useCallback((selector: string) => {
    pending.current = selector;
  }, []);
  return { container, request };
}
