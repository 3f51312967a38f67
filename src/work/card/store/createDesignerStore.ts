import { temporal, type ZundoOptions } from 'zundo';
import { create } from 'zustand';
import { persist, type StateStorage, type StorageValue } from 'zustand/middleware';
import { STORED } from '../../../lib/storage';
import {
  followOtherTabs,
  readRaw,
  type StorageEventTarget,
} from '../../../lib/storage/followOtherTabs';
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
  /**
   * What this tab last agreed with the stored draft on: the card and selection it last wrote or
   * took in, and the stored text then. A write that would change neither is skipped, so a click
   * that changes nothing of the card never saves this tab's card over a newer one another tab
   * has just written (the browser tells this tab of that write a moment later).
   */
  let synced: { doc: unknown; selectedId: string | null; text: string | null } = {
    doc: null,
    selectedId: null,
    text: null,
  };
  const draftStorage = createDraftStorage(storage, {
    onWritten: ({ state }, text) => {
      synced = { doc: state.doc, selectedId: state.selectedId, text };
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
            if (following) return;
            const { doc, selectedId } = value.state;
            if (doc === synced.doc && (selectedId === synced.selectedId || catchUp())) return;
            draftStorage.setItem(key, value);
          },
        },
        partialize: (state): PersistedDraft => ({ doc: state.doc, selectedId: state.selectedId }),
        migrate: (persisted) => persisted as PersistedDraft,
      },
    ),
  );
  temporalApi = store.temporal;
  {
    // The draft as hydrated: what this tab starts out agreeing with the storage on.
    const { doc, selectedId } = store.getState();
    synced = { doc, selectedId, text: readRaw(storage, name) };
  }

  // Another tab's edit, taken in as an undo step of its own; this tab's selection is kept
  // while its element is still there.
  const follow = ({ state: draft }: StorageValue<PersistedDraft>, text: string) => {
    const { doc: current, selectedId } = store.getState();
    const doc = reuseUnchanged(current, draft.doc);
    if (doc !== current) {
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
    }
    synced = { doc, selectedId: store.getState().selectedId, text };
  };
  /**
   * Takes in a draft another tab wrote that this tab has not heard of yet; true when there was
   * one. Asked before saving a new selection on an unchanged card: the other tab's card is newer.
   */
  const catchUp = (): boolean => {
    const text = readRaw(storage, name);
    if (text === null || text === synced.text) return false;
    const draft = readDraft(text);
    if (!draft) return false;
    follow(draft, text);
    return true;
  };

  followOtherTabs({
    key: name,
    storage,
    read: readDraft,
    apply: follow,
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
