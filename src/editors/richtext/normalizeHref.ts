import { isSafeLinkHref } from '../../mind';

/**
 * A typed link address made usable: `example.com/page` becomes `https://example.com/page`.
 * Null when it is not an http(s) or mailto address even then.
 */
export function normalizeHref(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  const candidate = hasScheme
    ? trimmed
    : /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)
      ? `mailto:${trimmed}`
      : `https://${trimmed.replace(/^\/\//, '')}`;
  return isSafeLinkHref(candidate) && !/\s/.test(candidate) ? candidate : null;
}
