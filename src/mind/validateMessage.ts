import { DEFAULT_RECEIVE_TYPE, MSG_TYPES, isOneOf } from './constants';
import { checkShape } from './checkShape';
import { describeType, isPlainObject, issue, pointer, type MindIssue } from './issues';
import { textContentSchema } from './schemas';
import { validateCard } from './validateCard';
import { validateRichText } from './validateRichText';

/**
 * Everything wrong or doubtful in a decoded message, each located by a JSON pointer into it.
 * Errors would be refused or misrendered by Mind; warnings are kept but worth a look.
 */
export function validateMessage(message: unknown): MindIssue[] {
  if (!isPlainObject(message)) {
    return [
      issue(
        'error',
        '',
        'not-an-object',
        `A message must be an object, not ${describeType(message)}`,
      ),
    ];
  }
  const msgType = message.msg_type ?? 'text';
  if (!isOneOf(MSG_TYPES, msgType)) {
    return [
      issue(
        'error',
        '/msg_type',
        'unknown-msg-type',
        `msg_type must be one of ${MSG_TYPES.join(', ')}`,
        {
          value: String(msgType),
        },
      ),
    ];
  }
  return [...recipientIssues(message), ...validateContent(msgType, message.content, '/content')];
}

/** Validates the content of one message type, located at `base`. */
export function validateContent(msgType: string, content: unknown, base: string): MindIssue[] {
  switch (msgType) {
    case 'text':
    case 'markdown': {
      if (!isPlainObject(content)) {
        return [
          issue(
            'error',
            base,
            'invalid-type',
            `${msgType} content must be an object with "text", not ${describeType(content)}`,
            {
              field: 'content',
              expected: 'object',
              actual: describeType(content),
            },
          ),
        ];
      }
      const issues = checkShape(textContentSchema, content, base);
      if (typeof content.text === 'string' && content.text.trim() === '') {
        issues.push(
          issue('error', pointer(base, 'text'), 'text-empty', 'The message text is empty'),
        );
      }
      return issues;
    }
    case 'rich_text': {
      const issues = validateRichText(content, base);
      if (Array.isArray(content) && content.length === 0) {
        issues.push(issue('error', base, 'text-empty', 'The message is empty'));
      }
      return issues;
    }
    case 'interactive':
      return validateCard(content, base);
    default:
      return [];
  }
}

function recipientIssues(message: Record<string, unknown>): MindIssue[] {
  const issues: MindIssue[] = [];
  const { receive_id: receiveId, receive_ids: receiveIds, receive_type: receiveType } = message;
  if (receiveId !== undefined && (typeof receiveId !== 'string' || receiveId.trim() === '')) {
    issues.push(
      issue('error', '/receive_id', 'receive-id-invalid', 'receive_id must be a non-empty open_id'),
    );
  }
  if (receiveIds !== undefined) {
    if (!Array.isArray(receiveIds)) {
      issues.push(
        issue('error', '/receive_ids', 'invalid-type', 'receive_ids must be an array of open_ids'),
      );
    } else if (receiveIds.length === 0) {
      issues.push(
        issue(
          'error',
          '/receive_ids',
          'receive-ids-empty',
          'An empty receive_ids list may send to every subscriber',
        ),
      );
    } else {
      receiveIds.forEach((id, index) => {
        if (typeof id !== 'string' || id.trim() === '') {
          issues.push(
            issue(
              'error',
              pointer('/receive_ids', index),
              'receive-id-invalid',
              'Each receiver must be a non-empty open_id',
            ),
          );
        }
      });
    }
  }
  if (receiveType !== undefined) {
    if (typeof receiveType !== 'number' || !Number.isInteger(receiveType)) {
      issues.push(
        issue('error', '/receive_type', 'invalid-type', 'receive_type must be an integer'),
      );
    } else if (receiveType !== DEFAULT_RECEIVE_TYPE) {
      issues.push(
        issue(
          'warning',
          '/receive_type',
          'unknown-receive-type',
          `receive_type ${receiveType} is not documented; 1 means subscribed users`,
          {
            value: receiveType,
          },
        ),
      );
    }
  }
  return issues;
}
