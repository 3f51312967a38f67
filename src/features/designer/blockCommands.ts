import type { TFunction } from 'i18next';
import { kindLabel } from './kindLabel';
import { announce } from '../../work/card/store/announce';
import { designerActions, designerStore } from '../../work/card/store/useDesignerStore';
import { focusBlock } from './focusTarget';

/**
 * The commands on one block, shared by the canvas tools, the keyboard shortcuts and the
 * inspector: each does the edit, says what happened in words and keeps the focus on the block.
 */
export function blockCommands(t: TFunction, id: string) {
  const state = () => designerStore.getState().doc;
  const indexOf = () => state().elementIds.indexOf(id);
  const label = () => kindLabel(t, state().card.elements?.[indexOf()]);
  const move = (delta: number) => {
    const from = indexOf();
    const to = from + delta;
    const count = state().elementIds.length;
    if (from < 0 || to < 0 || to >= count) {
      announce(t(delta < 0 ? 'announce.alreadyFirst' : 'announce.alreadyLast', { kind: label() }));
      return;
    }
    designerActions().moveElement(id, to);
    announce(t('announce.moved', { kind: label(), position: to + 1, count }));
    focusBlock(id);
  };
  return {
    moveUp: () => move(-1),
    moveDown: () => move(1),
    duplicate: () => {
      designerActions().duplicateElement(id);
      const copy = designerStore.getState().selectedId;
      announce(
        t('announce.duplicated', {
          kind: label(),
          position: indexOf() + 2,
          count: state().elementIds.length,
        }),
      );
      focusBlock(copy);
    },
    remove: () => {
      const name = label();
      designerActions().removeElement(id);
      announce(t('announce.deleted', { kind: name }));
      focusBlock(designerStore.getState().selectedId);
    },
  };
}
