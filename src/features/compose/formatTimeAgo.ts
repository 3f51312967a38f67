/**
 * How long ago a time was, in the reader's language (`5 minutes ago`, `5分钟前`); under a
 * minute is `null`, for the caller's own words.
 */
export function formatTimeAgo(value: string, now: number, language = 'en'): string | null {
  const seconds = (now - new Date(value).getTime()) / 1000;
  if (!Number.isFinite(seconds) || seconds < 60) return null;
  const format = new Intl.RelativeTimeFormat(language.startsWith('zh') ? 'zh-CN' : 'en', {
    numeric: 'always',
  });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return format.format(-hours, 'hour');
  return format.format(-Math.floor(hours / 24), 'day');
}
