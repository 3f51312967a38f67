import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPacer, retryAfterMs } from './pacer';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';
import { mostInOneSecond } from './testing/mostInOneSecond';
import { dropTestSchemas, openTestDatabase, testDialect } from './testing/testDatabase';

/*
 * Pacing against a mock Mind: MIND_RATE_PER_SECOND caps the requests in any second, and a 429
 * with Retry-After pauses sending. Two servers on one database: severalServers.test.ts.
 */

const send = (ids: string[]) => ({
  msg_type: 'text',
  content: { text: 'paced' },
  audience: { kind: 'users', ids },
});
const people = (count: number, tag: string) =>
  Array.from({ length: count }, (_, index) => `ou_${tag}_${index}`);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    MIND_RATE_PER_SECOND: '5',
    MIND_BATCH_SIZE: '1',
    MIND_CONCURRENCY: '4',
  });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
  await dropTestSchemas();
});
beforeEach(() => harness.mock.reset());

describe(`pacing requests to Mind, on ${testDialect}`, () => {
  it('MIND_RATE_PER_SECOND=5: never more than 5 (+1) requests in a second, and the status says the rate', async () => {
    const started = Date.now();
    const detail = await harness.sendAndSettle(send(people(12, 'rate')));
    expect(detail.outcome).toBe('sent');
    expect(harness.mock.requests).toHaveLength(12);
    expect(mostInOneSecond(harness.mock.requests)).toBeLessThanOrEqual(6);
    // 12 turns 200 ms apart: at least 11 × 200 ms (with MIND_CONCURRENCY 4 and no pacing, ~0).
    expect(Date.now() - started).toBeGreaterThanOrEqual(2150);
    expect((await harness.call('/api/status')).body.mindRatePerSecond).toBe(5);
  });

  it('a 429 with Retry-After: 2 pauses every request for 2 s, then the same request goes again', async () => {
    harness.mock.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '2' } });
    const detail = await harness.sendAndSettle(send(people(4, 'pause')));
    expect(detail.outcome).toBe('sent');
    const [limited, ...rest] = harness.mock.requests;
    expect(limited?.answer).toBe('status');
    const pausedAt = limited?.receivedAt ?? 0;
    expect(rest).toHaveLength(4);
    for (const request of rest) expect(request.receivedAt).toBeGreaterThanOrEqual(pausedAt + 1990);
    // The refused request again, with its request id; its batch counts both attempts.
    const again = rest.filter(
      (request) => request.headers['x-request-id'] === limited?.headers['x-request-id'],
    );
    expect(again).toHaveLength(1);
    const batch = detail.batches.find(
      (item) => item.requestId === limited?.headers['x-request-id'],
    );
    expect(batch).toMatchObject({ status: 'sent', attempts: 2 });
    expect(mostInOneSecond(rest)).toBeLessThanOrEqual(6);
  });

  it('a request that keeps getting 429 fails after a bounded number of tries, saying why', async () => {
    harness.mock.enqueue({
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '0' } },
      times: 100,
    });
    const detail = await harness.sendAndSettle(send(people(1, 'limited')));
    expect(detail.outcome).toBe('failed');
    expect(detail.batches[0]?.error).toMatch(/kept answering 429 Too Many Requests/);
    expect(harness.mock.requests).toHaveLength(11);
  });
});

describe(`the pacer on a busy machine, on ${testDialect}`, () => {
  it('does not crowd the turns after a stall: a turn woken late is taken again later', async () => {
    const db = await openTestDatabase();
    try {
      const pacer = createPacer(db, 5);
      const sentAt: number[] = [];
      const started = Date.now();
      // The event loop is held for 700 ms after 150 ms: the turns due meanwhile all wake late,
      // together, while the turns after them are still on time.
      setTimeout(() => {
        const until = Date.now() + 700;
        while (Date.now() < until);
      }, 150);
      await Promise.all(
        Array.from({ length: 12 }, async () => {
          await pacer.turn();
          sentAt.push(Date.now());
        }),
      );
      const times = sentAt.map((at) => ({ receivedAt: at - started }));
      expect(mostInOneSecond(times)).toBeLessThanOrEqual(6);
    } finally {
      await db.destroy();
    }
  });

  it('keeps a rate above 1,000 a second: 2,000 turns at 2,000 a second take a second, not two', async () => {
    const db = await openTestDatabase();
    try {
      const pacer = createPacer(db, 2000);
      // On PostgreSQL each turn is a transaction holding the one row (a few ms each here), so the
      // database sets the pace there; what it must keep is the turn's fraction of a millisecond.
      const turns = testDialect === 'postgres' ? 100 : 2000;
      const sentAt: number[] = [];
      const started = Date.now();
      await Promise.all(
        Array.from({ length: turns }, async () => {
          await pacer.turn();
          sentAt.push(Date.now());
        }),
      );
      const elapsed = Date.now() - started;
      const times = sentAt.map((at) => ({ receivedAt: at - started }));
      // The rate, plus one a millisecond at most where turns meet (the clock's resolution).
      expect(mostInOneSecond(times)).toBeLessThanOrEqual(2003);
      if (testDialect === 'postgres') {
        // One turn more once the next free turn has passed: it is taken now, a whole ms.
        await new Promise((resolve) => setTimeout(resolve, 5));
        await pacer.turn();
        const row = await db.selectFrom('mind_pace').select('next_at').executeTakeFirstOrThrow();
        expect(Number(row.next_at) % 1).toBe(0.5);
      } else {
        // Turns half a millisecond apart: the last is 999.5 ms after the first, used once its
        // millisecond has come. Spacings rounded up to a whole millisecond took 1,999 ms at least.
        expect(elapsed).toBeGreaterThanOrEqual(998);
        expect(elapsed).toBeLessThan(1800);
      }
    } finally {
      await db.destroy();
    }
  });
});

describe(`a turn taken at once (turnNow), on ${testDialect}`, () => {
  it('is the turn `turn` would take without waiting: one per spacing, none in a pause, none before the pause is known, none on PostgreSQL', async () => {
    const db = await openTestDatabase();
    try {
      const pacer = createPacer(db, 5);
      // The pause is read from the database by the first turn: until then, none at once.
      expect(pacer.turnNow()).toBe(false);
      await pacer.turn();
      if (testDialect === 'postgres') {
        await new Promise((resolve) => setTimeout(resolve, 250));
        expect(pacer.turnNow()).toBe(false);
        return;
      }
      // 200 ms between turns at 5 a second: the next is not free yet, and nothing is taken.
      expect(pacer.turnNow()).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 210));
      expect(pacer.turnNow()).toBe(true);
      expect(pacer.turnNow()).toBe(false);
      // The turn it took counts: the next `turn` waits its 200 ms.
      const waited = Date.now();
      await pacer.turn();
      expect(Date.now() - waited).toBeGreaterThanOrEqual(190);
      // Mind asked for a pause: no turn at once within it, though the spacing has passed.
      const pausedAt = Date.now();
      await pacer.pause(1500);
      await new Promise((resolve) => setTimeout(resolve, 210));
      if (Date.now() - pausedAt < 1400) expect(pacer.turnNow()).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 1520 - (Date.now() - pausedAt)));
      expect(pacer.turnNow()).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and falls back on anything else', () => {
    const now = Date.parse('2026-12-03T06:00:00Z');
    expect(retryAfterMs('2', 1000, now)).toBe(2000);
    expect(retryAfterMs(' 0 ', 1000, now)).toBe(0);
    expect(retryAfterMs('Thu, 03 Dec 2026 06:00:03 GMT', 1000, now)).toBe(3000);
    expect(retryAfterMs('Thu, 03 Dec 2026 05:00:00 GMT', 1000, now)).toBe(0);
    expect(retryAfterMs('soon', 1000, now)).toBe(1000);
    expect(retryAfterMs(null, 1500, now)).toBe(1500);
    expect(retryAfterMs('86400', 1000, now)).toBe(5 * 60_000);
  });
});
