import { useStore } from 'zustand';
import { createUnparsedStore, type UnparsedState } from './unparsedStore';
import { designerStore } from './useDesignerStore';

/** The button values being typed that are not JSON yet, following the designer's card. */
export const unparsedStore = createUnparsedStore(designerStore);

export function useUnparsed<T>(selector: (state: UnparsedState) => T): T {
  return useStore(unparsedStore, selector);
}

export const unparsedActions = (): UnparsedState => unparsedStore.getState();
