import type * as z from 'zod/mini';
import { describeType, issue, pointer, type MindIssue } from './issues';

/**
 * Checks `value` against a zod schema and turns each failure into a located issue.
 * Returns no issues when the value fits.
 */
export function checkShape(schema: z.ZodMiniType, value: unknown, base: string): MindIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((zodIssue) => {
    const path = pointer(base, ...zodIssue.path.map((key) => (typeof key === 'symbol' ? '' : key)));
    const field = zodIssue.path.length ? String(zodIssue.path[zodIssue.path.length - 1]) : 'value';
    const actual = valueAt(value, zodIssue.path);
    if (zodIssue.code === 'invalid_type' && actual === undefined) {
      return issue('error', path, 'required', `${field} is required`, { field });
    }
    if (zodIssue.code === 'invalid_type') {
      return issue(
        'error',
        path,
        'invalid-type',
        `${field} must be ${article(zodIssue.expected)}, not ${describeType(actual)}`,
        { field, expected: zodIssue.expected, actual: describeType(actual) },
      );
    }
    const detail = describeProblem(zodIssue);
    return issue('error', path, 'invalid-value', `${field}: ${detail}`, { field, detail });
  });
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const article = (expected: string): string =>
  /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;

/** zod/mini carries no English messages, so the model words the few problems it can meet. */
function describeProblem(zodIssue: z.core.$ZodIssue): string {
  switch (zodIssue.code) {
    case 'too_small':
      return `must be at least ${String(zodIssue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(zodIssue.maximum)}`;
    case 'invalid_value':
      return `must be ${zodIssue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return 'is not allowed here';
  }
}
