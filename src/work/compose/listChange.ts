import { create } from 'zustand';
import { useComposeDraft } from './composeDraftStore';

/**
 * What replaced the recipient list in one click: Clear, one of its checks' fixes, or a table of
 * fields loaded over it (its people became the list).
 */
export type ListChangeKind =
  'cleared' | 'malformed' | 'doubtful' | 'duplicates' | 'blanks' | 'one' | 'table';

export interface ListChange {
  kind: ListChangeKind;
  /** How many entries went (the lines, for Clear). */
  count: number;
  /** The id removed, for `one`. */
  id?: string;
  before: string;
  after: string;
}

/**
 * The last one-click change of the list, until undone or dismissed. Kept in memory only, as
 * the loaded copy's undo is: an undo is for the minutes after a click, not for another visit.
 */
export const useListChange = create<{ change: ListChange | null }>()(() => ({ change: null }));

/**
 * Puts `after` in the list in place of what it held, undoably. A click can wipe 100,000 ids
 * that took a CSV export to gather, and the text area's own Ctrl+Z cannot bring back a value
 * the page set: this can, by its Undo button or Ctrl+Z in the list.
 */
export function replaceList(after: string, change: Omit<ListChange, 'before' | 'after'>): void {
  const compose = useComposeDraft.getState();
  const before = compose.list;
  compose.setList(after);
  useListChange.setState({ change: { ...change, before, after } });
}

/** The change while it can still be undone: the list is still what it left (not typed in since). */
export function undoableChange(change: ListChange | null, list: string): ListChange | null {
  return change && change.after === list ? change : null;
}

/** Puts back the list as it was before the last change; false when there is none to undo. */
export function undoListChange(): boolean {
  const compose = useComposeDraft.getState();
  const change = undoableChange(useListChange.getState().change, compose.list);
  if (!change) return false;
  compose.setList(change.before);
  dismissListChange();
  return true;
}

export const dismissListChange = (): void => useListChange.setState({ change: null });
