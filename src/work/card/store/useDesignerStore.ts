import { useStore } from 'zustand';
import { browserStorage } from './draftStorage';
import { createDesignerStore } from './createDesignerStore';
import type { DesignerState } from './types';

/** The designer surface's store; the draft lives in this browser's localStorage. */
export const designerStore = createDesignerStore({ storage: browserStorage() });

export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(designerStore, selector);
}

export const useCanUndo = (): boolean =>
  useStore(designerStore.temporal, (state) => state.pastStates.length > 0);
export const useCanRedo = (): boolean =>
  useStore(designerStore.temporal, (state) => state.futureStates.length > 0);

/** The actions never change; components take them from here and never call `set`. */
export const designerActions = (): DesignerState => designerStore.getState();
