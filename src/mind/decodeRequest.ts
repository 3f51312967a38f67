import { checkShape } from './checkShape';
import { describeType, isPlainObject, issue, type MindIssue } from './issues';
import { jsonErrorParams, parseJson } from './parseJson';
import { msgTypeIssue } from './msgTypeIssue';
import { MSG_TYPES, isOneOf } from './constants';
import type { MindMessage } from './types';
import { wireArticleRequestSchema, wireRequestSchema } from './schemas';
import { validateMessage } from './validateMessage';

export type DecodeResult =
  { ok: true; message: MindMessage; issues: MindIssue[] } | { ok: false; issues: MindIssue[] };

/** Issue codes that mean the message cannot be represented, as opposed to being doubtful. */
const STRUCTURAL_CODES = new Set([
  'not-an-object',
  'unknown-msg-type',
  'invalid-type',
  'required',
  'invalid-value',
  'node-invalid',
  'element-invalid',
  'mark-invalid',
  'content-not-json',
]);

export const isStructuralIssue = (item: MindIssue): boolean =>
  item.severity === 'error' && STRUCTURAL_CODES.has(item.code);

/**
 * Decodes a wire request body: checks its fields, parses the `content` string according to
 * `msg_type` and validates the result. Never throws. The message keeps the wire's keys, in
 * order, with `content` parsed.
 */
export function decodeRequest(wire: unknown): DecodeResult {
  if (!isPlainObject(wire)) {
    return fail(
      issue(
        'error',
        '',
        'not-an-object',
        `A request must be a JSON object, not ${describeType(wire)}`,
      ),
    );
  }
  const msgType = wire.msg_type ?? 'text';
  if (!isOneOf(MSG_TYPES, msgType)) return fail(msgTypeIssue(msgType));
  // An article travels in `articles`; every other type in `content`.
  const field = msgType === 'article' ? 'articles' : 'content';
  const schema = msgType === 'article' ? wireArticleRequestSchema : wireRequestSchema;
  if (!schema.safeParse(wire).success) {
    return { ok: false, issues: checkShape(schema, wire, '') };
  }
  const parsed = parseJson(wire[field] as string);
  if (!parsed.ok) {
    return fail(
      issue(
        'error',
        `/${field}`,
        'content-not-json',
        `${field} is not valid JSON: ${parsed.error}`,
        jsonErrorParams(parsed),
      ),
    );
  }
  const candidate = Object.fromEntries(
    Object.entries(wire).map(([key, value]) => [key, key === field ? parsed.value : value]),
  );
  return fromCandidate(candidate);
}

/** Validates an assembled message and decides whether it can be used. */
export function fromCandidate(candidate: Record<string, unknown>): DecodeResult {
  const issues = validateMessage(candidate);
  if (issues.some(isStructuralIssue)) return { ok: false, issues };
  return { ok: true, message: candidate as MindMessage, issues };
}

const fail = (single: MindIssue): DecodeResult => ({ ok: false, issues: [single] });
