import { stringifyJson } from '../../mind';
import {
  buildWireBody,
  curlSnippet,
  fetchSnippet,
  pythonSnippet,
  type SnippetTarget,
} from './buildSnippets';
import type { WorkMessage } from '../../work/workMessage';

export const EXPORT_FORMATS = ['content', 'request', 'curl', 'typescript', 'python'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportText {
  text: string;
  fileName: string;
  mime: string;
}

/** Each way of taking a message away: its text and the file it downloads as. */
export function exportText(
  format: ExportFormat,
  message: WorkMessage,
  target: SnippetTarget,
  recipients: readonly string[],
): ExportText {
  const base =
    message.msg_type === 'interactive' ? 'mind-card' : `mind-${message.msg_type.replace('_', '-')}`;
  switch (format) {
    case 'content':
      return {
        text: `${stringifyJson(message.content, 2)}\n`,
        fileName: `${base}.json`,
        mime: 'application/json',
      };
    case 'request':
      return {
        text: `${stringifyJson(buildWireBody(message, recipients, target.channel), 2)}\n`,
        fileName: `${base}.request.json`,
        mime: 'application/json',
      };
    case 'curl':
      return {
        text: curlSnippet(message, target, recipients),
        fileName: `send-${base}.sh`,
        mime: 'text/x-shellscript',
      };
    case 'typescript':
      return {
        text: fetchSnippet(message, target, recipients),
        fileName: `send-${base}.ts`,
        mime: 'text/plain',
      };
    case 'python':
      return {
        text: pythonSnippet(message, target, recipients),
        fileName: `send_${base.replace(/-/g, '_')}.py`,
        mime: 'text/x-python',
      };
  }
}

/** Open_ids typed in a box: split on commas, spaces and new lines, duplicates dropped. */
export const parseRecipientIds = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,，;；]+/)
      .map((id) => id.trim())
      .filter(Boolean),
  ),
];
