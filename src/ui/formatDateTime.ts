/** A date and time in the reader's language, e.g. `2025年1月2日 14:05` or `2 Jan 2025, 14:05`. */
export function formatDateTime(value: string | number | Date, language = 'en'): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language.startsWith('zh') ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
