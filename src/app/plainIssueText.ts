import type { TFunction } from 'i18next';
import type { MindIssue } from '../mind';

/** The types the model names (zod's expected types, describeType's), each with its words. */
const TYPES = new Set(['string', 'number', 'int', 'boolean', 'object', 'array', 'null']);

const isType = (value: unknown): value is string => typeof value === 'string' && TYPES.has(value);

/**
 * The common problems of a refused message in plain words (`places` namespace): a value of the
 * wrong type, one missing, a message type that is not one of Mind's. They follow their place
 * ("The text of block 4"), so they do not name the field again. Null for the rest, which keep
 * the model's words (issueText): those already plain (a title too long), and a value out of its
 * range or not the one allowed, whose figures the model gives only in its English `detail`.
 */
export function plainIssueText(t: TFunction, item: MindIssue): string | null {
  const say = (key: string, params: Record<string, unknown> = {}): string =>
    t(`problem.${key}`, { ns: 'places', ...params });
  const { expected, actual, value } = item.params ?? {};
  switch (item.code) {
    case 'required':
      return say('required');
    case 'invalid-type':
      return isType(expected) && isType(actual)
        ? say('type', { expected: say(`types.${expected}`), actual: say(`types.${actual}`) })
        : null;
    case 'unknown-msg-type':
      return value === undefined ? null : say('msgType', { value });
    default:
      return null;
  }
}
