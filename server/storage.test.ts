import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageDetail } from '../src/api/schemas';
import { openDatabase } from './store/db';
import { getSend } from './store/messageStore';
import { leaksOfSecret, startHarness, tempDir, type Harness } from './testing/harness';

/*
 * The database refuses writes in the middle of a send: a disk that fills up (a real 4 MiB
 * tmpfs, as root), or any other write error (a trigger in the server's own connection). The
 * server stays up, the send ends in a state the user can act on, and a retry without a
 * restart never sends a batch Mind accepted again.
 */

const ANSWER_MS = 400;

/** A small tmpfs for DATA_DIR, or why there is none. */
function mountSmallDisk(): { dir: string } | { skip: string } {
  if (process.getuid?.() !== 0) return { skip: 'not root: cannot mount a small tmpfs' };
  const dir = tempDir('full');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    return { skip: `cannot mount a tmpfs: ${String((error as Error).message).split('\n')[0]}` };
  }
}

/** Writes into `path` until the disk is full. */
function fillDisk(path: string): void {
  const file = openSync(path, 'w');
  try {
    for (const size of [1 << 16, 1 << 12, 1 << 9]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(file, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(file);
  }
}

const send = (label: string, ids: string[]) => ({
  msg_type: 'text',
  content: { text: label },
  audience: { kind: 'users', ids },
});

function expectOncePerReceiver(harness: Harness, ids: string[]): void {
  const received = harness.mock.requests
    .flatMap((request) => (request.body as { receive_ids?: string[] }).receive_ids ?? [])
    .filter((id) => ids.includes(id));
  expect(received.sort()).toEqual([...ids].sort());
}

/** Starts 3 batches of 2 to a slow Mind; resolves with the send once Mind has two of them. */
async function startSlowSend(harness: Harness, label: string) {
  const ids = Array.from({ length: 6 }, (_, index) => `ou_${label}_${index}`);
  harness.mock.enqueue(
    ...[0, 2, 4].map((index) => ({
      fault: { kind: 'delay', ms: ANSWER_MS } as const,
      receiveId: ids[index],
    })),
  );
  const started = await harness.call('/api/messages', { method: 'POST', json: send(label, ids) });
  expect(started.status).toBe(202);
  await harness.mock.waitForRequests(2);
  return { ids, id: started.body.id as string };
}

/** Two batches went out and were answered; the third never went out. */
function expectUnrecordedButKnown(detail: MessageDetail, reason: RegExp): void {
  expect(detail.outcome).toBe('partial');
  expect(detail.batches.map((batch) => batch.status)).toEqual(['sent', 'sent', 'failed']);
  expect(detail.batches[2]?.error).toMatch(reason);
  expect(detail.batches[2]?.attempts).toBe(0);
}

const disk = mountSmallDisk();

describe.skipIf('skip' in disk)(
  `a disk that fills during a send${'skip' in disk ? ` (skipped: ${disk.skip})` : ''}`,
  () => {
    let harness: Harness;
    const dir = 'dir' in disk ? disk.dir : '';
    beforeAll(async () => {
      harness = await startHarness({
        DATA_DIR: dir,
        MIND_BATCH_SIZE: '2',
        MIND_CONCURRENCY: '2',
      });
    });
    afterAll(async () => {
      await harness?.close();
      execFileSync('umount', [dir]);
      expect(leaksOfSecret()).toEqual([]);
    });

    it('keeps what Mind answered, says storage full, and retries only what never went out once there is room', async () => {
      const { ids, id } = await startSlowSend(harness, 'full');
      fillDisk(`${dir}/filler`);

      const settled = await harness.waitSettled(id);
      expectUnrecordedButKnown(settled, /Not sent: .*storage full.*retry sends it/);
      const list = await harness.call('/api/messages');
      expect(list.status).toBe(200);
      expect(list.body.items[0]).toMatchObject({
        id,
        outcome: 'partial',
        counts: { pending: 0, sent: 2, failed: 1, unknown: 0 },
      });

      const another = await harness.call('/api/messages', {
        method: 'POST',
        json: send('another', ['ou_another']),
      });
      expect(another.status).toBe(507);
      expect(another.body.error.code).toBe('storage-full');
      expect(another.body.error.message).toMatch(/^Storage full: .*nothing was saved or sent/);
      const refused = await harness.call(`/api/messages/${id}/retry`, { method: 'POST' });
      expect(refused.status).toBe(507);
      expect(refused.body.error.code).toBe('storage-full');
      expect((await harness.call('/api/status')).status).toBe(200);
      expect((await harness.call(`/api/messages/${id}`)).body.outcome).toBe('partial');

      rmSync(`${dir}/filler`);
      const retry = await harness.call(`/api/messages/${id}/retry`, { method: 'POST' });
      expect(retry.status).toBe(202);
      const after = await harness.waitSettled(id);
      expect(after.outcome).toBe('sent');
      expectOncePerReceiver(harness, ids);
      expect(harness.mock.requests.some((request) => request.rawBody.includes('ou_another'))).toBe(
        false,
      );

      // Written, not only remembered: another connection reads the same.
      expect(harness.server.sender.unwritten.size).toBe(0);
      const db = await openDatabase(dir);
      const stored = await getSend(db, id);
      await db.destroy();
      expect(stored?.batches.map((batch) => batch.status)).toEqual(['sent', 'sent', 'sent']);
    });
  },
);

describe('any other write error during a send', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ MIND_BATCH_SIZE: '2', MIND_CONCURRENCY: '2' });
  });
  afterAll(async () => {
    await harness.close();
    expect(leaksOfSecret()).toEqual([]);
  });

  it('ends the same way, answers 503 storage-unavailable meanwhile, and retries without a restart', async () => {
    const { ids, id } = await startSlowSend(harness, 'refused');
    // In the server's own connection: every change to a batch fails from now on.
    await sql`CREATE TEMP TRIGGER refuse_batches BEFORE UPDATE ON batches
      BEGIN SELECT RAISE(ABORT, 'injected write failure'); END`.execute(harness.server.db);

    const settled = await harness.waitSettled(id);
    expectUnrecordedButKnown(settled, /Not sent: .*SQLITE_CONSTRAINT_TRIGGER.*retry sends it/);
    const refused = await harness.call(`/api/messages/${id}/retry`, { method: 'POST' });
    expect(refused.status).toBe(503);
    expect(refused.body.error).toEqual({
      code: 'storage-unavailable',
      message:
        'The server could not write to its database (SQLITE_CONSTRAINT_TRIGGER), so nothing was saved or sent; see its log, then try again.',
    });

    await sql`DROP TRIGGER refuse_batches`.execute(harness.server.db);
    const retry = await harness.call(`/api/messages/${id}/retry`, { method: 'POST' });
    expect(retry.status).toBe(202);
    expect((await harness.waitSettled(id)).outcome).toBe('sent');
    expectOncePerReceiver(harness, ids);
  });
});
