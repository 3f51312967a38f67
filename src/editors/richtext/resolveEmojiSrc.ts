import { isHttpUrl } from '../../mind';

/**
 * The URL the browser loads for an emoji `src`: an http(s) URL as it is, a path on Mind's
 * client (`/images/emoji_applaud.png`) against `base` ('' = this app), anything else null.
 */
export function resolveEmojiSrc(src: string, base: string): string | null {
  const trimmed: string = src.trim();
  const absolute: boolean = isHttpUrl(trimmed);
  if (absolute) return trimmed;
  if (!trimmed.startsWith('/') || trimmed.startsWith('//') || /[\s\\]/.test(trimmed)) return null;
  return `${isHttpUrl(base) ? base.replace(/\/+$/, '') : ''}${trimmed}`;
}
