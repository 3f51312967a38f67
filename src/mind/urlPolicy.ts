import { isOneOf } from './constants';
import { isPlainObject, issue, pointer, type MindIssue } from './issues';

/** The schemes an address in a message may use, wherever it is in the message. */
export const ALLOWED_URL_SCHEMES = ['http', 'https', 'mailto'] as const;

/** Keys whose string value is an address: `url`, `href`, `src`, `uri`, and `…_url`, `…Url`, … */
const ADDRESS_KEY = /^(url|href|src|uri)$|(_url|_href|_src|_uri|Url|Href|Src|Uri)$/;

/** True for a field name that carries an address, in a known element or an unknown one. */
export const isAddressKey = (key: string) => ADDRESS_KEY.test(key);

/**
 * Why `value` may not be an address in a message, or null when it may. One rule for links,
 * images, emoji, buttons and whatever unknown elements carry: an http(s) or mailto address, or
 * a path; never another scheme (`javascript:`, `data:`, `vbscript:`, `file:`…), never
 * scheme-relative (`//host`), never with whitespace, control characters or backslashes (which
 * browsers strip or turn into slashes, so `java\tscript:` would run).
 */
export function urlProblem(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f\\]/.test(value)) {
    return 'it contains a space, a control character or a backslash';
  }
  if (value.startsWith('//')) return 'it leaves out the scheme (//host)';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && !isOneOf(ALLOWED_URL_SCHEMES, scheme)) {
    return `the scheme "${scheme}:" is not allowed`;
  }
  return null;
}

/** True when `value` is a string the URL policy allows (see `urlProblem`). */
export const isAllowedUrl = (value: unknown): value is string =>
  typeof value === 'string' && urlProblem(value) === null;

/** The error for an address the policy refuses, located at `path`. */
export function urlIssue(value: string, path: string, problem: string): MindIssue {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return issue(
    'error',
    path,
    'url-not-allowed',
    `"${shown}" is not an allowed address: ${problem}. Use http://, https:// or mailto:, or a path`,
    { url: shown },
  );
}

/**
 * Every address-like field inside `value` (at any depth, without recursion) that the policy
 * refuses, each located by a JSON pointer from `base`.
 */
export function urlPolicyIssues(value: unknown, base: string): MindIssue[] {
  const issues: MindIssue[] = [];
  const stack: [unknown, string][] = [[value, base]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [current, path] = next;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        stack.push([current[index], pointer(path, index)]);
      }
    } else if (isPlainObject(current)) {
      const entries = Object.entries(current);
      for (const [key, field] of entries.reverse()) {
        const at = pointer(path, key);
        if (typeof field === 'string' && isAddressKey(key)) {
          const problem = urlProblem(field);
          if (problem) issues.push(urlIssue(field, at, problem));
        } else if (typeof field === 'object' && field !== null) {
          stack.push([field, at]);
        }
      }
    }
  }
  return issues;
}
