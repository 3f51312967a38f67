import type { GetState, SelectionSlice, SetState } from './types';

export function createSelectionSlice(set: SetState, get: GetState): SelectionSlice {
  return {
    selectedId: null,
    select: (id) => {
      const known = id === null || get().doc.elementIds.includes(id);
      set({ selectedId: known ? id : null });
    },
    panel: 'build',
    showPanel: (panel) => set({ panel }),
  };
}
