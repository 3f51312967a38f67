import { temporal, type ZundoOptions } from 'zundo';
import { create } from 'zustand';
import { persist, type StateStorage } from 'zustand/middleware';
import { STORED } from '../../../lib/storage';
import { followOtherTabs, type StorageEventTarget } from '../../../lib/storage/followOtherTabs';
import { createBurstGrouping } from './burstGrouping';
import { createDocumentSlice } from './documentSlice';
import { createDraftStorage, readDraft, type PersistedDraft } from './draftStorage';
import { useDraftStatus } from './draftStatus';
import { reuseUnchanged } from './reuseUnchanged';
import { createSelectionSlice } from './selectionSlice';
import type { DesignerState, GetState, HistorySlice, SetState } from './types';

/** At least 100 steps, as promised to users. */
export const HISTORY_LIMIT = 200;
export const DRAFT_KEY = STORED.cardDraft.key;
const DRAFT_VERSION = STORED.cardDraft.version;

type Tracked = Pick<DesignerState, 'doc'>;

export interface DesignerStoreOptions {
  storage: StateStorage;
  /** The storage key of the draft. */
  name?: string;
  /** The clock of the typing-burst grouping, for tests. */
  now?: () => number;
  /**
   * Where other tabs' writes of the draft are heard (`storage` events); by default the app's
   * `otherTabs`, which hears the window once the app has started its storage.
   */
  events?: StorageEventTarget | null;
}

/**
 * The designer's one store: the document, selection and history slices, with zundo's
 * `temporal` tracking only the document and `persist` keeping the draft in the browser. The
 * draft follows other tabs: another tab's edit is shown here, so no tab writes over another's.
 */
export function createDesignerStore({
  storage,
  name = DRAFT_KEY,
  now,
  events,
}: DesignerStoreOptions) {
  const grouping = createBurstGrouping<Tracked>({ now });
  const draftStorage = createDraftStorage(storage, {
    onWritten: () => {
      if (useDraftStatus.getState().save !== 'saved') useDraftStatus.setState({ save: 'saved' });
    },
    onWriteFailed: () => useDraftStatus.setState({ save: 'failed' }),
    onUnreadable: (backupKey) => useDraftStatus.setState({ unreadable: { backupKey } }),
  });
  /** True while another tab's draft is taken in: it is shown here, not written back. */
  let following = false;
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
        version: DRAFT_VERSION,
        storage: {
          ...draftStorage,
          setItem: (key, value) => {
            if (!following) draftStorage.setItem(key, value);
          },
        },
        partialize: (state): PersistedDraft => ({ doc: state.doc, selectedId: state.selectedId }),
        migrate: (persisted) => persisted as PersistedDraft,
      },
    ),
  );
  temporalApi = store.temporal;

  followOtherTabs({
    key: name,
    storage,
    read: readDraft,
    // Another tab's edit, taken in as an undo step of its own; this tab's selection is kept
    // while its element is still there.
    apply: ({ state: draft }) => {
      const { doc: current, selectedId } = store.getState();
      const doc = reuseUnchanged(current, draft.doc);
      if (doc === current) return;
      grouping.reset();
      following = true;
      try {
        store.setState({
          doc,
          selectedId:
            selectedId !== null && doc.elementIds.includes(selectedId) ? selectedId : null,
        });
      } finally {
        following = false;
      }
      useDraftStatus.setState({ followed: true });
    },
    writeBack: () => {
      const { doc, selectedId } = store.getState();
      draftStorage.setItem(name, { state: { doc, selectedId }, version: DRAFT_VERSION });
    },
    onUnreadable: (backupKey) =>
      useDraftStatus.setState({ unreadable: { backupKey, fromOtherTab: true } }),
    target: events,
  });
  // The notice that another tab's edit came in lasts until this tab's own next edit.
  store.subscribe((state, previous) => {
    if (!following && state.doc !== previous.doc && useDraftStatus.getState().followed)
      useDraftStatus.setState({ followed: false });
  });
  return store;
}

export type DesignerStore = ReturnType<typeof createDesignerStore>;
