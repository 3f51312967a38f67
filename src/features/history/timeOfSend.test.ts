import { describe, expect, it } from 'vitest';
import { timeOfSend } from './timeOfSend';

const CREATED = '2026-12-06T04:07:00.000Z';
const AT = '2026-12-07T10:00:00.000Z';

describe('timeOfSend', () => {
  it('is the scheduled time of a scheduled send, not when it was created', () => {
    expect(timeOfSend({ outcome: 'scheduled', createdAt: CREATED, sendAt: AT })).toBe(AT);
  });

  it('is the scheduled time of a scheduled send that went out', () => {
    expect(timeOfSend({ outcome: 'sent', createdAt: CREATED, sendAt: AT })).toBe(AT);
  });

  it('is the creation of a send that went out when accepted', () => {
    expect(timeOfSend({ outcome: 'sent', createdAt: CREATED, sendAt: null })).toBe(CREATED);
    expect(timeOfSend({ outcome: 'failed', createdAt: CREATED, sendAt: null })).toBe(CREATED);
  });

  it('is none for a cancelled send, which never went', () => {
    expect(timeOfSend({ outcome: 'cancelled', createdAt: CREATED, sendAt: AT })).toBeNull();
  });
});
