import {
  articleFields,
  buildArticle,
  isPlainObject,
  type ArticleFields,
  type Card,
  type MsgType,
  type RichTextDoc,
} from '../mind';
import { designerActions, designerStore } from './card/store/useDesignerStore';
import { useComposeDraft } from './compose/composeDraftStore';
import { useRichTextDraftStore } from './richText/richTextDraftStore';

/**
 * What the app knows of the editor of one message type. Every editor holds one piece of work,
 * in its store under src/work: a fifth editor is a store there and a row in `EDITORS`.
 */
export interface Editor<Source> {
  /** The page that edits it. */
  path: string;
  /** Calls back when its store changes. */
  subscribe: (onChange: () => void) => () => void;
  /** The work as its store holds it: the same value for as long as it is unchanged. */
  source(): Source;
  /** That work as Mind content. */
  toContent(source: Source): unknown;
  /** Puts content into the editor (the designer's replace is undoable); content of another shape is ignored. */
  load(content: unknown): void;
}

const textOf = (content: unknown): string | null =>
  isPlainObject(content) && typeof content.text === 'string' ? content.text : null;

const composeDraft = () => useComposeDraft.getState();

/** The one map from a message type to its editor and store. */
export const EDITORS: { [Type in MsgType]: Editor<unknown> } = {
  interactive: {
    path: '/designer',
    subscribe: designerStore.subscribe,
    source: () => designerStore.getState().doc.card,
    toContent: (card) => card,
    load: (content) => {
      if (isPlainObject(content)) designerActions().replaceCard(content as Card);
    },
  },
  rich_text: {
    path: '/rich-text',
    subscribe: useRichTextDraftStore.subscribe,
    source: () => useRichTextDraftStore.getState().doc,
    toContent: (doc) => doc,
    load: (content) => {
      if (Array.isArray(content)) useRichTextDraftStore.getState().setDoc(content as RichTextDoc);
    },
  },
  text: {
    path: '/compose',
    subscribe: useComposeDraft.subscribe,
    source: () => composeDraft().text,
    toContent: (text) => ({ text }),
    load: (content) => composeDraft().loadDraft({ msgType: 'text', text: textOf(content) ?? '' }),
  },
  markdown: {
    path: '/compose',
    subscribe: useComposeDraft.subscribe,
    source: () => composeDraft().markdown,
    toContent: (markdown) => ({ text: markdown }),
    load: (content) =>
      composeDraft().loadDraft({ msgType: 'markdown', markdown: textOf(content) ?? '' }),
  },
  article: {
    path: '/compose',
    subscribe: useComposeDraft.subscribe,
    source: () => composeDraft().article,
    toContent: (fields) => buildArticle(fields as ArticleFields),
    load: (content) =>
      composeDraft().loadDraft({ msgType: 'article', article: articleFields(content) }),
  },
};

/** Where each message type is edited: the designer, the rich text page, or compose. */
export const editorPath = (msgType: MsgType): string => EDITORS[msgType].path;
