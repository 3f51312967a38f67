/*
 * When a scheduled send may go out (`sendAt` of `POST /api/messages`, `PATCH /api/messages/:id`):
 * shared by the server, which refuses anything else, and the compose page, which says so first.
 */

/** How far ahead a send may be scheduled. */
export const SCHEDULE_HORIZON_DAYS = 30;
const HORIZON_MS = SCHEDULE_HORIZON_DAYS * 24 * 60 * 60 * 1000;

/** `2026-12-03T09:30:00+08:00`, `…:00.000Z`, `…T09:30+08:00`: a date, a time and an offset. */
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

export type SendAtCheck =
  | { ok: true; at: Date }
  | { ok: false; code: 'send-at-invalid' | 'send-at-past' | 'send-at-too-far'; message: string };

/** Whether `value` is a time a send can be scheduled for, seen at `now`. */
export function checkSendAt(value: unknown, now = Date.now()): SendAtCheck {
  const match = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value.trim()) : null;
  const time = match ? Date.parse(value as string) : Number.NaN;
  if (!match || Number.isNaN(time) || !fieldsInRange(match)) {
    return {
      ok: false,
      code: 'send-at-invalid',
      message:
        'sendAt must be an ISO 8601 time with its offset, e.g. "2026-12-03T09:30:00+08:00" or "2026-12-03T01:30:00Z"',
    };
  }
  if (time <= now) {
    return {
      ok: false,
      code: 'send-at-past',
      message: `sendAt (${new Date(time).toISOString()}) is not in the future (now ${new Date(now).toISOString()}); leave sendAt out to send now`,
    };
  }
  if (time > now + HORIZON_MS) {
    return {
      ok: false,
      code: 'send-at-too-far',
      message: `sendAt may be at most ${SCHEDULE_HORIZON_DAYS} days ahead (until ${new Date(now + HORIZON_MS).toISOString()})`,
    };
  }
  return { ok: true, at: new Date(time) };
}

function fieldsInRange(match: RegExpExecArray): boolean {
  const [, year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] =
    match.map((part) => part ?? '0');
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return (
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= days &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offsetHours) <= 23 &&
    Number(offsetMinutes) <= 59
  );
}
