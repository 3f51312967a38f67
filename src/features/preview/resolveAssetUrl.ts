import { isHttpUrl } from '../../mind';

/**
 * Where the browser should load an image from. Absolute http(s) URLs are kept; a path such as
 * `/images/emoji_applaud.png` (a path on Mind's client) is resolved against `base`, where ''
 * means this app. Anything else (javascript:, data:, protocol-relative, non-strings) is null.
 */
export function resolveAssetUrl(src: unknown, base: string): string | null {
  if (typeof src !== 'string') return null;
  const trimmed = src.trim();
  if (trimmed === '' || /[\s\\]/.test(trimmed) || trimmed.startsWith('//')) return null;
  if (isHttpUrl(trimmed as unknown)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null;
  const path = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  const cleanBase = isHttpUrl(base) ? base.replace(/\/+$/, '') : '';
  return `${cleanBase}${path}`;
}
