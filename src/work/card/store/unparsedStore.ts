import { createStore, type StoreApi } from 'zustand';
import {
  NO_UNPARSED,
  reconcileUnparsed,
  unparsedKey,
  type UnparsedValue,
  type UnparsedValues,
} from '../model/reconcileUnparsed';
import type { DesignerState } from './types';

export interface UnparsedState {
  /** Button value fields whose text is not JSON, by `unparsedKey`. Never saved or exported. */
  values: UnparsedValues;
  /** Records (or updates) the text of a value field that does not parse. */
  holdUnparsed: (value: UnparsedValue) => void;
  /** The field's text parses again (or was emptied): the card's value is what it shows. */
  releaseUnparsed: (elementId: string, buttonIndex: number) => void;
}

/**
 * A store of the button values being typed that are not JSON yet, beside the designer's store
 * (not in its undo history nor its saved draft). It follows the card: see `reconcileUnparsed`.
 */
export function createUnparsedStore(designer: StoreApi<DesignerState>): StoreApi<UnparsedState> {
  const store = createStore<UnparsedState>()((set) => ({
    values: NO_UNPARSED,
    holdUnparsed: (value) =>
      set((state) => {
        const key = unparsedKey(value.elementId, value.buttonIndex);
        const current = state.values.get(key);
        if (current && current.text === value.text && current.base === value.base) return state;
        return { values: new Map(state.values).set(key, value) };
      }),
    releaseUnparsed: (elementId, buttonIndex) =>
      set((state) => {
        const key = unparsedKey(elementId, buttonIndex);
        if (!state.values.has(key)) return state;
        const values = new Map(state.values);
        values.delete(key);
        return { values };
      }),
  }));
  designer.subscribe((state, previous) => {
    if (state.doc === previous.doc) return;
    const { values } = store.getState();
    const next = reconcileUnparsed(values, previous.doc, state.doc);
    if (next !== values) store.setState({ values: next });
  });
  return store;
}
