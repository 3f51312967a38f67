import type { z } from 'zod';
import { describeType, issue, pointer, type MindIssue } from './issues';

/**
 * Checks `value` against a zod schema and turns each failure into a located issue.
 * Returns no issues when the value fits.
 */
export function checkShape(schema: z.ZodType, value: unknown, base: string): MindIssue[] {
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
    return issue('error', path, 'invalid-value', `${field}: ${zodIssue.message}`, {
      field,
      detail: zodIssue.message,
    });
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
