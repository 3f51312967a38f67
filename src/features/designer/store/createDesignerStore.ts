import { temporal, type ZundoOptions } from 'zundo';
import { create } from 'zustand';
import { persist, type StateStorage } from 'zustand/middleware';
import { createBurstGrouping } from './burstGrouping';
import { createDocumentSlice } from './documentSlice';
import { createDraftStorage, type PersistedDraft } from './draftStorage';
import { useDraftStatus } from './draftStatus';
import { createSelectionSlice } from './selectionSlice';
import type { DesignerState, GetState, HistorySlice, SetState } from './types';

/** At least 100 steps, as promised to users. */
export const HISTORY_LIMIT = 200;
export const DRAFT_KEY = 'mcs.designer.draft';

type Tracked = Pick<DesignerState, 'doc'>;

export interface DesignerStoreOptions {
  storage: StateStorage;
  /** The storage key of the draft. */
  name?: string;
  /** The clock of the typing-burst grouping, for tests. */
  now?: () => number;
}

/**
 * The designer's one store: the document, selection and history slices, with zundo's
 * `temporal` tracking only the document and `persist` keeping the draft in the browser.
 */
export function createDesignerStore({ storage, name = DRAFT_KEY, now }: DesignerStoreOptions) {
  const grouping = createBurstGrouping<Tracked>({ now });
  let temporalApi: { getState: () => { undo: () => void; redo: () => void } } | null = null;

  const createHistorySlice = (set: SetState, get: GetState): HistorySlice => {
    const travel = (direction: 'undo' | 'redo') => {
      grouping.reset();
      temporalApi?.getState()[direction]();
      const { doc, selectedId } = get();
      if (selectedId !== null && !doc.elementIds.includes(selectedId)) set({ selectedId: null });
    };
    return { undo: () => travel('undo'), redo: () => travel('redo') };
  };

  const store = create<DesignerState>()(
    persist(
      temporal<DesignerState, [], [], Tracked>(
        (set, get) => ({
          ...createDocumentSlice(set, get, grouping.mark),
          ...createSelectionSlice(set, get),
          ...createHistorySlice(set, get),
        }),
        {
          partialize: (state): Tracked => ({ doc: state.doc }),
          equality: (past, current) => past.doc === current.doc,
          limit: HISTORY_LIMIT,
          // zundo's published type names the recorder `setState`; it is called with four arguments.
          handleSet: grouping.handleSet as unknown as ZundoOptions<
            DesignerState,
            Tracked
          >['handleSet'],
        },
      ),
      {
        name,
        version: 1,
        storage: createDraftStorage(storage, {
          onWritten: () => {
            if (useDraftStatus.getState().save !== 'saved')
              useDraftStatus.setState({ save: 'saved' });
          },
          onWriteFailed: () => useDraftStatus.setState({ save: 'failed' }),
          onUnreadable: (backupKey) => useDraftStatus.setState({ unreadable: { backupKey } }),
        }),
        partialize: (state): PersistedDraft => ({ doc: state.doc, selectedId: state.selectedId }),
        migrate: (persisted) => persisted as PersistedDraft,
      },
    ),
  );
  temporalApi = store.temporal;
  return store;
}

export type DesignerStore = ReturnType<typeof createDesignerStore>;
