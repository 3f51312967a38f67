import { useCallback, useEffect, useRef, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Focus for what takes the place of a control that its own action removes or disables (Clear,
 * Remove all, Cancel the send): without it the focus falls to <body>, a screen reader says
 * nothing, and the next Tab starts again from wherever the browser thinks it was.
 *
 * Call the function it returns in the action, with the element to focus; it takes the focus
 * once the page has rendered the action's outcome, at the first commit where `ready` holds
 * (the history's row once the send is cancelled; by default the next commit).
 */
export function useFocusLater(ready = true): (target: Target) => void {
  const pending = useRef<Target | null>(null);
  const [, setRequests] = useState(0);
  useEffect(() => {
    if (!ready || !pending.current) return;
    const target = pending.current();
    pending.current = null;
    target?.focus();
  });
  return useCallback((target: Target) => {
    pending.current = target;
    // A render of its own, so the focus moves even when the action changed nothing here.
    setRequests((count) => count + 1);
  }, []);
}
