import type { TFunction } from 'i18next';
import { announce } from '../../work/card/store/announce';
import { designerActions, designerStore } from '../../work/card/store/useDesignerStore';

/** Undo or redo one step of the card's history, and say in words what happened. */
export function travelHistory(t: TFunction, direction: 'undo' | 'redo'): void {
  const { pastStates, futureStates } = designerStore.temporal.getState();
  if ((direction === 'undo' ? pastStates : futureStates).length === 0) {
    announce(t(direction === 'undo' ? 'announce.nothingToUndo' : 'announce.nothingToRedo'));
    return;
  }
  designerActions()[direction]();
  announce(t(direction === 'undo' ? 'announce.undone' : 'announce.redone'));
}
