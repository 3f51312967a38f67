import { useStore } from 'zustand';
import { STORED, appStorage } from '../../../lib/storage';
import { createDesignerStore } from './createDesignerStore';
import { useDraftStatus } from './draftStatus';
import type { DesignerState } from './types';

/** The designer surface's store; the draft lives in this browser (src/lib/storage). */
export const designerStore = createDesignerStore({ storage: appStorage });

// A write held back a moment (typing) says how it went when it reaches the browser.
appStorage.onWrite(STORED.cardDraft.key, (written) => {
  const save = written ? 'saved' : 'failed';
  if (useDraftStatus.getState().save !== save) useDraftStatus.setState({ save });
});

export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(designerStore, selector);
}

export const useCanUndo = (): boolean =>
  useStore(designerStore.temporal, (state) => state.pastStates.length > 0);
export const useCanRedo = (): boolean =>
  useStore(designerStore.temporal, (state) => state.futureStates.length > 0);

/** The actions never change; components take them from here and never call `set`. */
export const designerActions = (): DesignerState => designerStore.getState();
