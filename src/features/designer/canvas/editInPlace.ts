import { flushSync } from 'react-dom';
import { create } from 'zustand';

/** What is being edited in place on the canvas: the title, an element's text, a button's label. */
export type InPlaceTarget =
  | { kind: 'title' }
  | { kind: 'element'; id: string }
  | { kind: 'button'; id: string; index: number };

interface InPlaceState {
  target: InPlaceTarget | null;
}

/** One thing at most is edited in place; designer-only, never in the card or its history. */
export const inPlaceStore = create<InPlaceState>(() => ({ target: null }));

export const startEditing = (target: InPlaceTarget): void => inPlaceStore.setState({ target });
export const stopEditing = (): void => inPlaceStore.setState({ target: null });

/**
 * Ends editing by a key and moves focus to `selector` in the same event: the canvas is
 * re-rendered at once, so a key pressed right after (↓ from the header) already finds focus
 * where it belongs instead of on the page while a frame is pending.
 */
export function stopEditingAndFocus(selector: string): void {
  flushSync(stopEditing);
  document.querySelector<HTMLElement>(selector)?.focus();
}

const same = (a: InPlaceTarget | null, b: InPlaceTarget): boolean =>
  a !== null &&
  a.kind === b.kind &&
  (a.kind !== 'element' || (b.kind === 'element' && a.id === b.id)) &&
  (a.kind !== 'button' || (b.kind === 'button' && a.id === b.id && a.index === b.index));

/** Whether `target` is being edited in place. */
export const useEditingInPlace = (target: InPlaceTarget): boolean =>
  inPlaceStore((state) => same(state.target, target));
