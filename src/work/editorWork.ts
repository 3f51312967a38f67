import { articleFields, isPlainObject, type Card, type MsgType, stringifyJson } from '../mind';
import { EDITORS } from './editors';
import { setTemplateLink, templateLinkOf, type TemplateLink } from './templateLinks';
import type { WorkMessage } from './workMessage';

/** What the editor of `msgType` holds now, as Mind content. */
export function currentContent(msgType: MsgType): unknown {
  const editor = EDITORS[msgType];
  return editor.toContent(editor.source());
}

/** The message the editor of `msgType` holds now. */
export const currentMessage = (msgType: MsgType): WorkMessage => ({
  msg_type: msgType,
  content: currentContent(msgType),
});

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
export function loadMessage(message: WorkMessage, link: TemplateLink | null = null): void {
  EDITORS[message.msg_type].load(message.content);
  setTemplateLink(message.msg_type, link);
}
