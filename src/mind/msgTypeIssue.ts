import { MSG_TYPES } from './constants';
import { describeType, issue, type MindIssue } from './issues';

/** The issue of a `msg_type` that is not one of `MSG_TYPES` (absent, Mind reads `text`). */
export const msgTypeIssue = (msgType: unknown): MindIssue =>
  issue(
    'error',
    '/msg_type',
    'unknown-msg-type',
    `msg_type must be one of ${MSG_TYPES.join(', ')}`,
    {
      value: typeof msgType === 'string' ? msgType : describeType(msgType),
    },
  );
