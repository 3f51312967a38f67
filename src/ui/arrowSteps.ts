/**
 * The step an arrow key takes through a radio group (the WAI-ARIA pattern: right and down go
 * on, left and up go back); the group wraps at its ends. Shared by every radio group of ours.
 */
export const ARROW_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};
