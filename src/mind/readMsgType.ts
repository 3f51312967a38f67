import { MSG_TYPES, isOneOf, type MsgType } from './constants';
import { describeType, issue, type MindIssue } from './issues';

/**
 * A message's `msg_type`, or what is wrong with it. Absent, it is `text` on Mind's wire
 * (`whenAbsent: 'text'`); the API's send body must name it (`'required'`).
 */
export function readMsgType(
  value: unknown,
  whenAbsent: 'text' | 'required',
): { ok: true; msgType: MsgType } | { ok: false; issue: MindIssue } {
  if (value === undefined && whenAbsent === 'required') {
    const message = `msg_type is required: one of ${MSG_TYPES.join(', ')}`;
    return { ok: false, issue: issue('error', '/msg_type', 'required', message) };
  }
  const msgType = value ?? 'text';
  if (isOneOf(MSG_TYPES, msgType)) return { ok: true, msgType };
  return {
    ok: false,
    issue: issue(
      'error',
      '/msg_type',
      'unknown-msg-type',
      `msg_type must be one of ${MSG_TYPES.join(', ')}`,
      { value: typeof msgType === 'string' ? msgType : describeType(msgType) },
    ),
  };
}
