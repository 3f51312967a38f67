import type * as z from 'zod/mini';
import type { issueSchema } from './schemas';

/** A problem found in a message, located by a JSON pointer (RFC 6901) into the message. */
export type MindIssue = z.infer<typeof issueSchema>;
export type IssueSeverity = MindIssue['severity'];

/** Appends reference tokens to a JSON pointer, escaping `~` and `/`. */
export function pointer(base: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>(
    (path, token) => `${path}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`,
    base,
  );
}

/** Splits a JSON pointer into its unescaped reference tokens. */
export function pointerTokens(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function issue(
  severity: IssueSeverity,
  path: string,
  code: string,
  message: string,
  params?: Record<string, string | number>,
): MindIssue {
  return params ? { path, severity, code, message, params } : { path, severity, code, message };
}

export const hasErrors = (issues: readonly MindIssue[]): boolean =>
  issues.some((item) => item.severity === 'error');

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
