import { describe, expect, it } from 'vitest';
import { fromLocalInput, secondsAt, toIsoWithOffset, toLocalInput } from './localDateTime';

describe('local date and time', () => {
  it('reads a datetime-local value as the same instant, with an offset', () => {
    const date = new Date(2026, 11, 3, 9, 30);
    const iso = fromLocalInput(toLocalInput(date));
    expect(iso).toMatch(/^2026-12-03T09:30:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso ?? '')).toBe(date.getTime());
  });

  it('keeps seconds, and refuses an incomplete value', () => {
    const date = new Date(2026, 0, 5, 7, 8, 9);
    expect(toLocalInput(date)).toBe('2026-01-05T07:08:09');
    expect(Date.parse(toIsoWithOffset(date))).toBe(date.getTime());
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-01-05')).toBeNull();
  });

  it('says how long requests take at a rate', () => {
    expect(secondsAt(100, 20)).toBe(5);
    expect(secondsAt(1, 20)).toBe(1);
    expect(secondsAt(101, 20)).toBe(6);
  });
});
