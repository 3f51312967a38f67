import type { GetState, SelectionSlice, SetState } from './types';

export function createSelectionSlice(set: SetState, get: GetState): SelectionSlice {
  return {
    selectedId: null,
    select: (id) => {
      const known = id === null || get().doc.elementIds.includes(id);
      set({ selectedId: known ? id : null, selectedButton: null });
    },
    selectedButton: null,
    selectButton: (id, index) => {
      if (!get().doc.elementIds.includes(id)) return;
      set({ selectedId: id, selectedButton: index });
    },
    panel: 'build',
    showPanel: (panel) => set({ panel }),
  };
}
