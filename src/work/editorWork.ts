import {
  articleFields,
  buildArticle,
  isPlainObject,
  type Card,
  type MsgType,
  type RichTextDoc,
  type TextContent,
  stringifyJson,
} from '../mind';
import { useComposeDraft } from './compose/composeDraftStore';
import { designerActions, designerStore } from './card/store/useDesignerStore';
import { useRichTextDraftStore } from './richText/richTextDraftStore';
import { setTemplateLink, templateLinkOf, type TemplateLink } from './templateLinks';

/*
 * The app's four pieces of work, one per message type, each in its editor's own store: the
 * designer's card, the rich text draft, and compose's text and markdown drafts.
 */

export interface WorkMessage {
  msg_type: MsgType;
  content: unknown;
}

/** What the editor of `msgType` holds now, as Mind content. */
export function currentContent(msgType: MsgType): unknown {
  switch (msgType) {
    case 'interactive':
      return designerStore.getState().doc.card;
    case 'rich_text':
      return useRichTextDraftStore.getState().doc;
    case 'text':
      return { text: useComposeDraft.getState().text };
    case 'markdown':
      return { text: useComposeDraft.getState().markdown };
    case 'article':
      return buildArticle(useComposeDraft.getState().article);
  }
}

/** Nothing worth keeping: no blocks and no title, no rich text, no text. */
export function isEmptyContent(msgType: MsgType, content: unknown): boolean {
  if (msgType === 'interactive') {
    const card = (isPlainObject(content) ? content : {}) as Card;
    const title = card.header?.title?.content;
    return (card.elements ?? []).length === 0 && (typeof title !== 'string' || title.trim() === '');
  }
  if (msgType === 'rich_text') {
    return (
      !Array.isArray(content) ||
      content.every((node) => isPlainObject(node) && node.type === 'paragraph' && !node.content)
    );
  }
  if (msgType === 'article') {
    const fields = articleFields(content);
    return [fields.title, fields.abstract, fields.thumbUrl, fields.body].every(
      (field) => field.trim() === '',
    );
  }
  const text = isPlainObject(content) ? content.text : undefined;
  return typeof text !== 'string' || text.trim() === '';
}

/**
 * True when replacing the editor's work would lose something: it is not empty, not what is
 * coming in, and not as last saved to its template.
 */
export function hasUnsavedWork(msgType: MsgType, incoming?: unknown): boolean {
  const content = currentContent(msgType);
  if (isEmptyContent(msgType, content)) return false;
  const json = stringifyJson(content);
  if (incoming !== undefined && json === stringifyJson(incoming)) return false;
  return json !== templateLinkOf(msgType)?.savedJson;
}

/**
 * Puts a message into its editor (the designer's replace is undoable) and remembers which
 * template it came from, or forgets the old one when it came from elsewhere.
 */
export function loadIntoEditor(message: WorkMessage, link: TemplateLink | null = null): void {
  const { msg_type: msgType, content } = message;
  switch (msgType) {
    case 'interactive':
      designerActions().replaceCard(content as Card);
      break;
    case 'rich_text':
      useRichTextDraftStore.getState().setDoc(content as RichTextDoc);
      break;
    case 'text':
      useComposeDraft.getState().loadDraft({ msgType, text: (content as TextContent).text });
      break;
    case 'markdown':
      useComposeDraft.getState().loadDraft({ msgType, markdown: (content as TextContent).text });
      break;
    case 'article':
      useComposeDraft.getState().loadDraft({ msgType, article: articleFields(content) });
      break;
  }
  setTemplateLink(msgType, link);
}
