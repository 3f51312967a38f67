import { detectImport, isPlainObject, parseJson, type ImportResult } from '../../mind';
import type { PreviewMessage } from './MessagePreview';

export interface LabPreview {
  result: ImportResult;
  /** What to render: the imported message, or a best guess when the import found errors. */
  message: PreviewMessage | null;
}

function guess(value: unknown, depth = 0): PreviewMessage | null {
  if (Array.isArray(value)) return { msg_type: 'rich_text', content: value };
  if (typeof value === 'string' && depth === 0) {
    const inner = parseJson(value);
    return inner.ok ? guess(inner.value, depth + 1) : null;
  }
  if (!isPlainObject(value)) return null;
  if (value.type === 'doc') return { msg_type: 'rich_text', content: value.content };
  if ('msg_type' in value || 'content' in value) {
    return { msg_type: value.msg_type as PreviewMessage['msg_type'], content: value.content };
  }
  if ('elements' in value || 'header' in value || 'config' in value) {
    return { msg_type: 'interactive', content: value };
  }
  if ('text' in value) return { msg_type: 'text', content: value };
  return null;
}

/**
 * What the preview lab shows for pasted text: `detectImport`'s verdict, and a message to render
 * even when the import found errors (the preview renders odd shapes as far as it can).
 */
export function labPreviewMessage(text: string): LabPreview {
  const result = detectImport(text);
  if (result.ok) {
    return {
      result,
      message: { msg_type: result.message.msg_type, content: result.message.content },
    };
  }
  const parsed = parseJson(text.trim());
  return { result, message: parsed.ok ? guess(parsed.value) : null };
}
