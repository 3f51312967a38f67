import type { CommandProps } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';

/**
 * A chain command that makes the chain's change an undo step of its own. ProseMirror's history
 * joins changes made less than 500 ms apart, so an image or emoji inserted from a dialog or menu
 * right after typing was undone together with the typing (and, typed quickly enough, with the
 * paragraphs before it).
 */
export function ownUndoStep({ tr }: CommandProps): boolean {
  closeHistory(tr);
  return true;
}
