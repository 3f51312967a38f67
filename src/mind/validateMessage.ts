import { DEFAULT_RECEIVE_TYPE, MSG_TYPES, isOneOf } from './constants';
import { checkShape } from './checkShape';
import { describeType, isPlainObject, issue, pointer, type MindIssue } from './issues';
import { textContentSchema } from './schemas';
import { validateCard } from './validateCard';
import { validateRichText } from './validateRichText';
import { urlPolicyIssues } from './urlPolicy';
import { channelOf, type Channel } from './channels';
import { cardMentionIssues, richTextMentionIssues, textMentionIssues } from './mentions';
import { validateArticle } from './article';
import { msgTypeIssue } from './msgTypeIssue';

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
  if (!isOneOf(MSG_TYPES, msgType)) return [msgTypeIssue(msgType)];
  if (msgType === 'article') {
    return [
      ...recipientIssues(message),
      ...validateContent(msgType, message.articles, '/articles'),
    ];
  }
  return [
    ...recipientIssues(message),
    ...validateContent(msgType, message.content, '/content', channelOf(message)),
  ];
}

/** Rich text nodes with nothing to read: none, or only empty paragraphs, blank text and breaks. */
function isBlankRichText(nodes: unknown): boolean {
  return (
    Array.isArray(nodes) &&
    nodes.every(
      (node) =>
        isPlainObject(node) &&
        (node.type === 'hardBreak' ||
          (node.type === 'text' && typeof node.text === 'string' && node.text.trim() === '') ||
          (node.type === 'paragraph' &&
            (node.content === undefined || isBlankRichText(node.content)))),
    )
  );
}

/**
 * Validates the content of one message type, located at `base`: the one rule for a message
 * wherever it is checked (compose, the rich text page, the designer, the server). With a
 * `channel`, mentions are checked for it too (`all` only in a group).
 */
export function validateContent(
  msgType: string,
  content: unknown,
  base: string,
  channel?: Channel,
): MindIssue[] {
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
      if (typeof content.text === 'string') {
        issues.push(...textMentionIssues(content.text, pointer(base, 'text'), channel));
      }
      return issues;
    }
    case 'rich_text': {
      const issues = [...validateRichText(content, base), ...urlPolicyIssues(content, base)];
      if (isBlankRichText(content)) {
        issues.push(issue('error', base, 'text-empty', 'The message is empty'));
      }
      if (channel !== undefined) issues.push(...richTextMentionIssues(content, base, channel));
      return issues;
    }
    case 'interactive':
      return [
        ...validateCard(content, base),
        ...urlPolicyIssues(content, base),
        ...cardMentionIssues(content, base, channel),
      ];
    case 'article': {
      const issues = validateArticle(content, base);
      if (channel !== undefined && channel !== 'subscribers')
        issues.unshift(articleChannelIssue(base));
      return issues;
    }
    default:
      return [];
  }
}

function recipientIssues(message: Record<string, unknown>): MindIssue[] {
  const issues: MindIssue[] = [...robotRecipientIssues(message)];
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

const ARTICLE_CHANNEL_MESSAGE =
  'Articles go only to subscribers (send_article_message takes receive_id or receive_ids, neither for every subscriber), not through the robot or to a group';

const articleChannelIssue = (path: string): MindIssue =>
  issue('error', path, 'article-channel', ARTICLE_CHANNEL_MESSAGE);

const SUBSCRIBER_FIELDS = ['receive_id', 'receive_ids', 'receive_type'] as const;

/** `receive_open_ids` (the robot to people) and `group_id` (the robot to a group). */
function robotRecipientIssues(message: Record<string, unknown>): MindIssue[] {
  const issues: MindIssue[] = [];
  const { receive_open_ids: openIds, group_id: groupId } = message;
  const channel = channelOf(message);
  if (channel === 'subscribers') return issues;
  if (message.msg_type === 'article') {
    issues.push(articleChannelIssue(channel === 'group' ? '/group_id' : '/receive_open_ids'));
  }
  if (openIds !== undefined && groupId !== undefined) {
    issues.push(
      issue(
        'error',
        '/receive_open_ids',
        'channel-mixed',
        'A message goes either to people (receive_open_ids) or to a group (group_id), not both',
      ),
    );
  }
  for (const key of SUBSCRIBER_FIELDS) {
    if (key in message) {
      issues.push(
        issue(
          'error',
          pointer('', key),
          'channel-mixed',
          `${key} belongs to send_message; the robot's ${channel === 'group' ? 'group' : 'people'} endpoint does not take it`,
        ),
      );
    }
  }
  if (channel === 'group') {
    if (typeof groupId !== 'string' || groupId.trim() === '' || /\s/.test(groupId)) {
      issues.push(
        issue('error', '/group_id', 'group-id-invalid', 'group_id must be a group id, no spaces'),
      );
    }
    return issues;
  }
  if (!Array.isArray(openIds)) {
    issues.push(
      issue(
        'error',
        '/receive_open_ids',
        'invalid-type',
        'receive_open_ids must be an array of open_ids',
      ),
    );
  } else if (openIds.length === 0) {
    issues.push(
      issue(
        'error',
        '/receive_open_ids',
        'receive-ids-empty',
        'receive_open_ids needs at least one open_id',
      ),
    );
  } else {
    openIds.forEach((id, index) => {
      if (typeof id !== 'string' || id.trim() === '') {
        issues.push(
          issue(
            'error',
            pointer('/receive_open_ids', index),
            'receive-id-invalid',
            'Each receiver must be a non-empty open_id',
          ),
        );
      }
    });
  }
  return issues;
}
