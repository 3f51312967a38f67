/*
 * Times as the person choosing them sees them: a `datetime-local` input's value is a wall-clock
 * time in the browser's time zone, with no zone of its own.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-12-03T09:30` (seconds when not zero): `date` in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const seconds = date.getSeconds() ? `:${pad(date.getSeconds())}` : '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}${seconds}`
  );
}

/** A `datetime-local` value as an ISO 8601 time with the browser's offset; null when incomplete. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  // Without an offset, a date-time string is read as local time.
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return toIsoWithOffset(date);
}

/** `2026-12-03T09:30:00+08:00`: `date` in the browser's time zone, with its offset. */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${toLocalInput(date).padEnd(19, ':00').slice(0, 19)}${sign}${hours}:${minutes}`;
}

/** The browser's time zone as people know it: `Asia/Shanghai, GMT+8`; `UTC`. */
export function timeZoneLabel(at: Date = new Date(), language = 'en'): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = new Intl.DateTimeFormat(language.startsWith('zh') ? 'zh-CN' : 'en-GB', {
    timeZoneName: 'shortOffset',
  })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  if (/^(Etc\/)?(UTC|GMT|Universal|Zulu)$/.test(zone)) return 'UTC';
  return offset && offset !== zone ? `${zone}, ${offset}` : zone;
}

/** How long `requests` take at `perSecond`, in whole seconds (at least 1). */
export function secondsAt(requests: number, perSecond: number): number {
  return Math.max(1, Math.ceil(requests / Math.max(1, perSecond)));
}
