/** The controls of a button's editor that focus can be sent back to. */
export type ButtonControl = 'label' | 'up' | 'down' | 'remove';

/** The selector of `control` in the editor of the button at `pointer`. */
export const buttonControl = (pointer: string, control: ButtonControl): string =>
  control === 'label'
    ? `[data-pointer="${pointer}/text/content"]`
    : `[data-pointer="${pointer}"] [data-control="${control}"]`;

/** The arrow to keep focus on after a move: the same one, unless the move disabled it. */
export function moveControl(from: number, to: number, count: number): ButtonControl {
  if (to < from) return to === 0 ? 'down' : 'up';
  return to === count - 1 ? 'up' : 'down';
}
