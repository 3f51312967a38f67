import { useEffect, useState } from 'react';

/** setTimeout's longest wait; a later time is waited for in steps. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;

/**
 * Whether the time `at` (ISO 8601) has come; false for null. Renders again at that moment,
 * so a component can change what it says without waiting for anything else to render it.
 */
export function useTimeReached(at: string | null): boolean {
  const target = at === null ? Number.NaN : Date.parse(at);
  const [reached, setReached] = useState<number | null>(null);
  useEffect(() => {
    if (Number.isNaN(target)) return;
    let timer: ReturnType<typeof setTimeout>;
    const wait = (ms: number) => {
      timer = setTimeout(
        () => {
          const left = target - Date.now();
          if (left <= 0) setReached(target);
          else wait(left);
        },
        Math.min(Math.max(ms, 0), LONGEST_WAIT_MS),
      );
    };
    wait(target - Date.now());
    return () => clearTimeout(timer);
  }, [target]);
  return reached === target;
}
