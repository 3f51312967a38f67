import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../ids';
import { openTestDatabase, testDialect } from '../testing/testDatabase';
import {
  LEASE_EXPIRED_IN_FLIGHT,
  STOPPED_IN_FLIGHT,
  claimBatches,
  expireLeases,
  releaseLeases,
  renewLeases,
  startClaimed,
} from './batchQueue';
import type { Db } from './db';
import { claimForRetry, finishBatch, getSend } from './messageStore';
import { createSend } from './writeSend';

const LEASE_MS = 30_000;

let db: Db;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

async function sendOf(batches: number): Promise<string> {
  const id = newId();
  const recipients = Array.from({ length: batches }, (_, index) => `ou_${index}`);
  await createSend(db, {
    id,
    clientId: null,
    fingerprint: 'f',
    msgType: 'text',
    content: { text: 'hi' },
    receiveType: 1,
    audienceKind: 'users',
    recipients,
    sender: null,
    batches: recipients.map((recipient) => ({
      requestId: `req-${recipient}`,
      receiveIds: [recipient],
    })),
  });
  return id;
}

describe(`batches as jobs with leases, on ${testDialect}`, () => {
  it('claims the oldest batches nobody holds, each for one worker only', async () => {
    await sendOf(5);
    const first = await claimBatches(db, 'worker-a', 3, LEASE_MS);
    expect(first.map((batch) => batch.batch_index)).toEqual([0, 1, 2]);
    expect(first.every((batch) => batch.lease_owner === 'worker-a')).toBe(true);
    const second = await claimBatches(db, 'worker-b', 3, LEASE_MS);
    expect(second.map((batch) => batch.batch_index)).toEqual([3, 4]);
    expect(await claimBatches(db, 'worker-c', 3, LEASE_MS)).toEqual([]);
  });

  it('workers claiming at the same moment, on their own connections, never share a batch', async () => {
    await sendOf(60);
    const workers = ['a', 'b', 'c', 'd'];
    const claims = await Promise.all(
      workers.flatMap((worker) =>
        [1, 2, 3].map(() => claimBatches(db, `worker-${worker}`, 5, LEASE_MS)),
      ),
    );
    const ids = claims.flat().map((batch) => batch.id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
  });

  it('a batch whose lease ran out while it was out becomes unknown, never sent again', async () => {
    const sendId = await sendOf(2);
    const start = Date.now();
    const [out, notYet] = await claimBatches(db, 'worker-a', 2, LEASE_MS, start);
    if (!out || !notYet) throw new Error('no batches');
    expect(await startClaimed(db, out.id, 'worker-a', 1, start)).toBe(true);

    // The worker renews while alive…
    expect(await renewLeases(db, 'worker-a', LEASE_MS, start + 20_000)).toBe(2);
    expect(await expireLeases(db, start + 40_000)).toEqual({ unknown: 0, released: 0 });
    // …then stops answering.
    expect(await expireLeases(db, start + 20_000 + LEASE_MS + 1)).toEqual({
      unknown: 1,
      released: 1,
    });
    const detail = await getSend(db, sendId);
    expect(detail?.batches[0]).toMatchObject({
      status: 'unknown',
      error: LEASE_EXPIRED_IN_FLIGHT,
      attempts: 1,
    });
    expect(detail?.batches[1]?.status).toBe('pending');

    // The one never sent goes to another worker; the unknown one to none.
    const taken = await claimBatches(db, 'worker-b', 10, LEASE_MS);
    expect(taken.map((batch) => batch.id)).toEqual([notYet.id]);
    // The first worker, back, may not send what it lost.
    expect(await startClaimed(db, notYet.id, 'worker-a', 1)).toBe(false);
    expect(await startClaimed(db, notYet.id, 'worker-b', 1)).toBe(true);
  });

  it('claims the batches of one send only when asked to', async () => {
    const other = await sendOf(2);
    const mine = await sendOf(3);
    const claimed = await claimBatches(db, 'worker-a', 10, LEASE_MS, Date.now(), mine);
    expect(claimed.map((batch) => batch.message_id)).toEqual([mine, mine, mine]);
    const rest = await claimBatches(db, 'worker-b', 10, LEASE_MS);
    expect(rest.map((batch) => batch.message_id)).toEqual([other, other]);
  });

  it('a stop releases the batches not begun; past its grace period, those out become unknown', async () => {
    const id = await sendOf(4);
    const [out, done, waiting] = await claimBatches(db, 'worker-a', 3, LEASE_MS);
    const [others] = await claimBatches(db, 'worker-b', 1, LEASE_MS);
    if (!out || !done || !waiting || !others) throw new Error('not claimed');
    expect(await startClaimed(db, out.id, 'worker-a', 1)).toBe(true);
    expect(await startClaimed(db, done.id, 'worker-a', 1)).toBe(true);
    await finishBatch(db, done, { status: 'sent', code: 0, attempts: 1 });

    expect(await releaseLeases(db, 'worker-a')).toEqual({ unknown: 0, released: 1 });
    expect(await startClaimed(db, waiting.id, 'worker-a', 1)).toBe(false);
    expect(await releaseLeases(db, 'worker-a', { inFlight: true })).toEqual({
      unknown: 1,
      released: 0,
    });
    const detail = await getSend(db, id);
    expect(detail?.batches.map((batch) => batch.status)).toEqual([
      'unknown',
      'sent',
      'pending',
      'pending',
    ]);
    expect(detail?.batches[0]?.error).toBe(STOPPED_IN_FLIGHT);
    // Worker b's batch is untouched; the released one is free for anyone.
    const free = await claimBatches(db, 'worker-c', 5, LEASE_MS);
    expect(free.map((batch) => batch.id)).toEqual([waiting.id]);
  });

  it('at a SQLite start every lease ends, run out or not', async () => {
    const id = await sendOf(2);
    const [out] = await claimBatches(db, 'gone', 2, LEASE_MS);
    if (!out) throw new Error('not claimed');
    expect(await startClaimed(db, out.id, 'gone', 1)).toBe(true);
    expect(await expireLeases(db)).toEqual({ unknown: 0, released: 0 });
    expect(await expireLeases(db, Date.now(), { all: true })).toEqual({ unknown: 1, released: 1 });
    expect((await getSend(db, id))?.batches.map((batch) => batch.status)).toEqual([
      'unknown',
      'pending',
    ]);
  });

  it('a retry frees its batches for claiming again', async () => {
    const id = await sendOf(1);
    const [batch] = await claimBatches(db, 'worker-a', 1, LEASE_MS);
    if (!batch) throw new Error('not claimed');
    await startClaimed(db, batch.id, 'worker-a', 1);
    await finishBatch(db, batch, { status: 'failed', error: 'x', attempts: 1 });
    expect(await claimForRetry(db, id)).toHaveLength(1);
    const again = await claimBatches(db, 'worker-b', 1, LEASE_MS);
    expect(again.map((row) => [row.id, row.lease_owner, row.started_at])).toEqual([
      [batch.id, 'worker-b', null],
    ]);
  });
});
