import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { STORED, followStore, persistOptions } from '../../lib/storage';
import {
  CHANNELS,
  EMPTY_ARTICLE_FIELDS,
  MSG_TYPES,
  type ArticleFields,
  type Channel,
  type MsgType,
  isPlainObject,
} from '../../mind';
import { RECIPIENT_MODES, type RecipientMode } from './recipientModes';

/** What compose keeps of its own: text and markdown drafts and the recipients. */
export interface ComposeDraft {
  msgType: MsgType;
  text: string;
  markdown: string;
  /** The article's fields (the fourth editor). */
  article: ArticleFields;
  /** Where it goes: subscribers (`recipientMode`), the robot to people (`list`), a group. */
  channel: Channel;
  recipientMode: RecipientMode;
  /** The one person's open_id. */
  one: string;
  /** Their name when picked from the directory. */
  oneName: string | null;
  /** The pasted list, as typed. */
  list: string;
  /** The group's id, picked from the list or pasted. */
  groupId: string;
  /** Its name when picked from the list. */
  groupName: string | null;
}

export interface ComposeDraftState extends ComposeDraft {
  setMsgType: (msgType: MsgType) => void;
  setText: (text: string) => void;
  setMarkdown: (markdown: string) => void;
  setArticle: (fields: Partial<ArticleFields>) => void;
  setChannel: (channel: Channel) => void;
  setGroup: (id: string, name?: string | null) => void;
  setRecipientMode: (mode: RecipientMode) => void;
  setOne: (id: string, name?: string | null) => void;
  setList: (list: string) => void;
  /** Replaces part of the draft at once (a copy from the history, an undo of it). */
  loadDraft: (draft: Partial<ComposeDraft>) => void;
  /**
   * Empties compose's own message and the recipients. A rich text message or a card stays in
   * its editor (the rich text page, the designer): compose turns to an empty text message.
   */
  startNewMessage: () => void;
}

export const COMPOSE_DRAFT_KEY = STORED.composeDraft.key;

export const EMPTY_DRAFT: ComposeDraft = {
  msgType: 'text',
  text: '',
  markdown: '',
  article: EMPTY_ARTICLE_FIELDS,
  channel: 'subscribers',
  recipientMode: 'list',
  one: '',
  oneName: null,
  list: '',
  groupId: '',
  groupName: null,
};

const asString = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

/** A stored article's fields (as `ArticleFields`), field by field. */
function readArticleFields(stored: unknown): ArticleFields {
  const value: Record<string, unknown> = isPlainObject(stored) ? stored : {};
  return {
    title: asString(value.title, ''),
    abstract: asString(value.abstract, ''),
    thumbUrl: asString(value.thumbUrl, ''),
    body: asString(value.body, ''),
    enableForward: value.enableForward !== false,
  };
}

/** A stored draft, field by field; anything odd falls back to the empty draft. */
export function readStoredDraft(stored: unknown): ComposeDraft {
  const value: Record<string, unknown> = isPlainObject(stored) ? stored : {};
  const msgType = MSG_TYPES.find((type) => type === value.msgType) ?? EMPTY_DRAFT.msgType;
  const mode = RECIPIENT_MODES.find((item) => item === value.recipientMode);
  return {
    msgType,
    text: asString(value.text, ''),
    markdown: asString(value.markdown, ''),
    article: readArticleFields(value.article),
    channel: CHANNELS.find((item) => item === value.channel) ?? EMPTY_DRAFT.channel,
    // Every subscriber is never restored: it is chosen afresh each time, with its phrase.
    recipientMode: mode && mode !== 'all' ? mode : EMPTY_DRAFT.recipientMode,
    one: asString(value.one, ''),
    oneName: typeof value.oneName === 'string' ? value.oneName : null,
    list: asString(value.list, ''),
    groupId: asString(value.groupId, ''),
    groupName: typeof value.groupName === 'string' ? value.groupName : null,
  };
}

/** Compose's draft, kept in this browser so a reload loses nothing; it follows other tabs' edits. */
export const useComposeDraft = create<ComposeDraftState>()(
  persist(
    (set) => ({
      ...EMPTY_DRAFT,
      setMsgType: (msgType) => set({ msgType }),
      setText: (text) => set({ text }),
      setMarkdown: (markdown) => set({ markdown }),
      setArticle: (fields) => set((state) => ({ article: { ...state.article, ...fields } })),
      setChannel: (channel) => set({ channel }),
      setGroup: (groupId, groupName = null) => set({ groupId, groupName }),
      setRecipientMode: (recipientMode) => set({ recipientMode }),
      setOne: (one, oneName = null) => set({ one, oneName }),
      setList: (list) => set({ list }),
      loadDraft: (draft) => set(draft),
      startNewMessage: () =>
        set((state) => ({
          ...EMPTY_DRAFT,
          msgType:
            state.msgType === 'markdown' || state.msgType === 'article' ? state.msgType : 'text',
          channel: state.channel,
          recipientMode: state.recipientMode === 'one' ? 'one' : 'list',
        })),
    }),
    {
      ...persistOptions<ComposeDraft>(STORED.composeDraft),
      partialize: (state): ComposeDraft => readStoredDraft(state),
      merge: (persisted, current) => ({ ...current, ...readStoredDraft(persisted) }),
    },
  ),
);

followStore(useComposeDraft);

/** The draft's data without its actions, for a snapshot: the fields `EMPTY_DRAFT` has. */
export const selectDraft = (state: ComposeDraftState): ComposeDraft => pick(EMPTY_DRAFT, state);

function pick<T extends object>(fields: T, source: T): T {
  const result = { ...fields };
  for (const key in fields) result[key] = source[key];
  return result;
}
