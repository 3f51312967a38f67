/** zundo's internal recorder, as it is really called (its published type says `setState`). */
type Recorder<T> = (
  pastState: T,
  replace: boolean | undefined,
  currentState: T,
  deltaState?: Partial<T> | null,
) => void;

/** Typing in the same field within this many milliseconds of the last keystroke is one step. */
export const BURST_WINDOW_MS = 1000;

export interface BurstGrouping<T> {
  /** Marks the change about to be made as typing in the field named `key`. */
  mark: (key: string) => void;
  /** Ends the current burst: the next change is a step of its own. */
  reset: () => void;
  /** Wraps zundo's recorder; pass as `handleSet`. */
  handleSet: (record: Recorder<T>) => Recorder<T>;
}

/**
 * Leading-edge grouping for zundo: the first change of a burst records the state before it,
 * later keystrokes in the same field are not recorded, so one undo takes the whole burst back.
 * (A trailing debounce would record a state from the middle of the burst.)
 */
export function createBurstGrouping<T>({
  windowMs = BURST_WINDOW_MS,
  // Read at call time, not captured: a clock installed later (a test's) must reach it.
  now = () => Date.now(),
}: { windowMs?: number; now?: () => number } = {}): BurstGrouping<T> {
  let pending: string | null = null;
  let last: { key: string; at: number } | null = null;
  return {
    mark: (key) => {
      pending = key;
    },
    reset: () => {
      pending = null;
      last = null;
    },
    handleSet: (record) => (pastState, replace, currentState, deltaState) => {
      const key = pending;
      pending = null;
      const time = now();
      if (key !== null && last !== null && last.key === key && time - last.at <= windowMs) {
        last.at = time;
        return;
      }
      last = key === null ? null : { key, at: time };
      record(pastState, replace, currentState, deltaState);
    },
  };
}
