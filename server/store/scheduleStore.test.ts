import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../ids';
import { openTestDatabase, testDialect } from '../testing/testDatabase';
import { claimBatches, releaseLeases, startClaimed } from './batchQueue';
import type { Db } from './db';
import { changeSchedule, getSend } from './messageStore';
import { createSend } from './writeSend';

/* Scheduled sends in the store: batches wait for their time; a change or a cancellation is all or nothing. */

const LEASE_MS = 30_000;

let db: Db;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

async function scheduled(batches: number, sendAt: Date | null): Promise<string> {
  const id = newId();
  const recipients = Array.from({ length: batches }, (_, index) => `ou_${id}_${index}`);
  await createSend(db, {
    id,
    clientId: null,
    fingerprint: 'f',
    msgType: 'text',
    content: { text: 'later' },
    receiveType: 1,
    audienceKind: 'users',
    recipients,
    sender: null,
    sendAt,
    batches: recipients.map((recipient) => ({
      requestId: `req-${recipient}`,
      receiveIds: [recipient],
    })),
  });
  return id;
}

describe(`scheduled sends in the store, on ${testDialect}`, () => {
  it('no batch of a scheduled send is claimed before its time; all of them after it', async () => {
    const sendAt = new Date(Date.now() + 60_000);
    const id = await scheduled(3, sendAt);
    expect((await getSend(db, id))?.outcome).toBe('scheduled');
    expect((await getSend(db, id))?.sendAt).toBe(sendAt.toISOString());
    expect(await claimBatches(db, 'w', 10, LEASE_MS, sendAt.getTime() - 1)).toEqual([]);
    const claimed = await claimBatches(db, 'w', 10, LEASE_MS, sendAt.getTime());
    expect(claimed.map((batch) => batch.message_id)).toEqual([id, id, id]);
  });

  it('reschedules: the batches follow the new time', async () => {
    const id = await scheduled(2, new Date(Date.now() + 60_000));
    const later = new Date(Date.now() + 120_000);
    expect(await changeSchedule(db, id, later)).toEqual({ kind: 'done' });
    expect((await getSend(db, id))?.sendAt).toBe(later.toISOString());
    expect(await claimBatches(db, 'w', 10, LEASE_MS, later.getTime() - 1)).toEqual([]);
    expect(await claimBatches(db, 'w', 10, LEASE_MS, later.getTime())).toHaveLength(2);
  });

  it('cancels: every batch cancelled, none ever claimed, the send kept as cancelled', async () => {
    const sendAt = new Date(Date.now() + 60_000);
    const id = await scheduled(3, sendAt);
    expect(await changeSchedule(db, id, null)).toEqual({ kind: 'done' });
    expect(await claimBatches(db, 'w', 10, LEASE_MS, sendAt.getTime() + 1)).toEqual([]);
    const detail = await getSend(db, id);
    expect(detail?.outcome).toBe('cancelled');
    expect(detail?.batches.map((batch) => batch.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(await changeSchedule(db, id, null)).toEqual({ kind: 'cancelled' });
    expect(await changeSchedule(db, id, new Date(Date.now() + 1000))).toEqual({
      kind: 'cancelled',
    });
  });

  it('refuses once any batch is held or was attempted, and changes none of them', async () => {
    const sendAt = new Date(Date.now() + 60_000);
    const id = await scheduled(3, sendAt);
    const [first] = await claimBatches(db, 'w', 1, LEASE_MS, sendAt.getTime());
    expect(await changeSchedule(db, id, null)).toEqual({ kind: 'started' });
    expect(await changeSchedule(db, id, new Date(Date.now() + 90_000))).toEqual({
      kind: 'started',
    });
    let detail = await getSend(db, id);
    expect(detail?.batches.map((batch) => batch.status)).toEqual(['pending', 'pending', 'pending']);
    expect(detail?.sendAt).toBe(sendAt.toISOString());
    // Begun, then let go by a stopping server: still begun.
    expect(await startClaimed(db, first?.id ?? 0, 'w', 1)).toBe(true);
    await releaseLeases(db, 'w');
    expect(await changeSchedule(db, id, null)).toEqual({ kind: 'started' });
    detail = await getSend(db, id);
    expect(detail?.batches.map((batch) => batch.attempts)).toEqual([1, 0, 0]);
  });

  it('a send that was not scheduled, or does not exist, is not changed', async () => {
    const id = await scheduled(1, null);
    expect(await changeSchedule(db, id, null)).toEqual({ kind: 'not-scheduled' });
    expect(await changeSchedule(db, newId(), null)).toEqual({ kind: 'not-found' });
  });

  it('a cancellation racing claims: either nothing is claimed and all is cancelled, or it is refused', async () => {
    for (let round = 0; round < 15; round += 1) {
      const id = await scheduled(4, new Date(Date.now() - 1));
      const [claimed, change] = await Promise.all([
        claimBatches(db, `w${round}`, 2, LEASE_MS, Date.now(), id),
        changeSchedule(db, id, null),
      ]);
      const statuses = (await getSend(db, id))?.batches.map((batch) => batch.status);
      if (change.kind === 'done') {
        expect(claimed).toEqual([]);
        expect(statuses).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
      } else {
        expect(change.kind).toBe('started');
        expect(claimed.length).toBeGreaterThan(0);
        expect(statuses).toEqual(['pending', 'pending', 'pending', 'pending']);
      }
    }
  });
});
