import {
  isPlainObject,
  msgTypeOf,
  type ImportKind,
  type ImportResult,
  type MindIssue,
  type MsgType,
} from '../../mind';
import { findUnknownContentFields, findUnknownRequestFields } from './findUnknownFields';

/** What an import found, in the words the import dialog uses. */
export interface ImportSummary {
  kind: ImportKind;
  msgType: MsgType;
  content: unknown;
  /** Card blocks and buttons; rich_text top-level blocks. */
  blocks: number;
  buttons: number;
  /** Recipients in an imported request: never carried over, chosen again when sending. */
  recipients: number;
  /** Fields the model does not know, inside the content: kept as they are. */
  kept: string[];
  /** Fields that do not travel into an editor (request-level extras, extras of text content). */
  dropped: string[];
  /** What the model finds wrong: it opens as it is, and the editor shows the same issues. */
  errors: MindIssue[];
  /** What is doubtful (unknown elements and nodes are kept too). */
  warnings: MindIssue[];
}

/** Summarises a successful import for the person about to open it. */
export function describeImport(result: Extract<ImportResult, { ok: true }>): ImportSummary {
  const { message } = result;
  const msgType = msgTypeOf(message);
  // An article travels in `articles`, not `content`; the editors take it as the content.
  const content: unknown = message.msg_type === 'article' ? message.articles : message.content;
  const unknown =
    message.msg_type === 'article' ? [] : findUnknownContentFields(msgType, content, '/content');
  const textual = msgType === 'text' || msgType === 'markdown';
  const requestExtras =
    result.kind === 'request' ? findUnknownRequestFields(message as Record<string, unknown>) : [];
  const elements =
    msgType === 'interactive' && isPlainObject(content) && Array.isArray(content.elements)
      ? content.elements
      : [];
  const buttons = elements.reduce<number>(
    (count, element) =>
      count + (isPlainObject(element) && Array.isArray(element.action) ? element.action.length : 0),
    0,
  );
  const recipients =
    result.kind !== 'request'
      ? 0
      : Array.isArray(message.receive_ids)
        ? message.receive_ids.length
        : message.receive_id !== undefined
          ? 1
          : 0;
  return {
    kind: result.kind,
    msgType,
    content,
    blocks: msgType === 'rich_text' && Array.isArray(content) ? content.length : elements.length,
    buttons,
    recipients,
    kept: textual ? [] : unknown,
    dropped: [...requestExtras, ...(textual ? unknown : [])],
    errors: result.issues.filter((item) => item.severity === 'error'),
    warnings: result.issues.filter((item) => item.severity === 'warning'),
  };
}
