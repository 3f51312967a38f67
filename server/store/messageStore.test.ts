import type { Compilable } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseExactJson } from '../../src/mind';
import { newId } from '../ids';
import { openTestDatabase, testDialect } from '../testing/testDatabase';
import { dialectOf, type Db } from './db';
import {
  claimForRetry,
  createdDetail,
  finishBatch,
  getProgress,
  getSend,
  historyPage,
  historyTotal,
  listSends,
  markInterrupted,
  pendingBatches,
  recordAttempt,
} from './messageStore';
import { claimBatches } from './batchQueue';
import { sqliteOf } from './sqliteNow';
import { listRecipients } from './recipientStore';
import { ABANDONED_AFTER_MS, createSend, discardAbandonedSends, type NewSend } from './writeSend';

let db: Db;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

function newSend(recipients: string[], batchSize: number, clientId: string | null = null): NewSend {
  const batches: NewSend['batches'] = [];
  for (let start = 0; start < recipients.length; start += batchSize) {
    batches.push({
      requestId: `req-${start}-${Math.random()}`,
      receiveIds: recipients.slice(start, start + batchSize),
    });
  }
  return {
    id: newId(),
    clientId,
    fingerprint: `fp-${recipients.length}`,
    msgType: 'text',
    content: { text: 'hello' },
    receiveType: 1,
    audienceKind: 'users',
    recipients,
    sender: 'ops',
    batches,
  };
}

const people = (count: number) => Array.from({ length: count }, (_, index) => `ou_${index}`);

describe(`the message store on ${testDialect}`, () => {
  it('runs on the database the project asked for', () => {
    expect(dialectOf(db)).toBe(testDialect);
  });

  it('the detail of a send just recorded, from the rows written, is the detail read back', async () => {
    const lease = { owner: 'here', until: new Date(Date.now() + 60_000).toISOString() };
    const sends = [
      newSend(people(1), 100),
      // More batches than the detail's first page, a clientId, and content only exact JSON keeps.
      {
        ...newSend(people(25), 1, 'client-exact'),
        content: parseExactJson('{"text":"big 12345678901234567890 and 1.50"}'),
      },
      { ...newSend(people(3), 3), receiveType: null, sender: null },
    ];
    for (const send of sends) {
      const created = await createSend(db, { ...send, lease });
      if (!created.created || !created.row || !created.held) throw new Error('not created small');
      const written = createdDetail(created.row, created.held);
      expect(written).toEqual(await getSend(db, send.id));
      expect(written.batches).toHaveLength(Math.min(send.batches.length, 20));
    }
  });

  it('records a send with its batches pending, in order, and reads it back whole', async () => {
    const send = newSend(people(7), 3);
    expect(await createSend(db, send)).toEqual({
      id: send.id,
      created: true,
      fingerprint: send.fingerprint,
      row: expect.objectContaining({ id: send.id, recipient_count: 7 }),
    });
    const detail = await getSend(db, send.id);
    expect(detail).toMatchObject({
      id: send.id,
      msgType: 'text',
      content: { text: 'hello' },
      receiveType: 1,
      recipients: people(7),
      audience: { kind: 'users', count: 7, sample: ['ou_0', 'ou_1', 'ou_2'] },
      outcome: 'sending',
      counts: { pending: 3, sent: 0, failed: 0, unknown: 0 },
      progress: { done: 0, total: 3 },
      sender: 'ops',
    });
    expect(detail?.batches.map((batch) => batch.receiveIds)).toEqual([
      ['ou_0', 'ou_1', 'ou_2'],
      ['ou_3', 'ou_4', 'ou_5'],
      ['ou_6'],
    ]);
    expect(await getSend(db, 'no-such-send')).toBeUndefined();
  });

  it('keeps an integer beyond 2^53 in the content digit for digit', async () => {
    const send = {
      ...newSend(['ou_1'], 1),
      content: parseExactJson('{"text":"hi","value":12345678901234567890}'),
    };
    await createSend(db, send);
    const detail = await getSend(db, send.id);
    expect((detail?.content as { value: unknown }).value).toBe(12345678901234567890n);
  });

  it('stores a send of more batches than one insert takes', async () => {
    const send = newSend(people(2500), 1);
    await createSend(db, send);
    const pending = await pendingBatches(db, send.id);
    expect(pending).toHaveLength(2500);
    expect(pending.map((batch) => batch.batch_index)).toEqual([...Array(2500).keys()]);
    expect(pending.at(-1)?.receive_ids).toBe('["ou_2499"]');
  });

  it('writes a big send in chunks: nothing of it is read or claimed until all of it is in', async () => {
    const send = newSend(people(6000), 50, 'client-big');
    let chunks = 0;
    const writing = createSend(db, send, {
      // Before the third chunk (two written), a look at the send half written.
      beforeChunk: async () => {
        chunks += 1;
        if (chunks !== 3) return;
        expect(await getSend(db, send.id)).toBeUndefined();
        expect(await getProgress(db, send.id)).toBeUndefined();
        expect((await listSends(db, 1, 20)).total).toBe(0);
        expect(await claimBatches(db, 'worker', 1000, 30_000)).toEqual([]);
        expect(await listRecipients(db, send.id, { page: 1, pageSize: 10 })).toBeUndefined();
        expect(await createSend(db, newSend(people(2), 1, 'client-big'))).toEqual({
          id: send.id,
          created: false,
          fingerprint: send.fingerprint,
          writing: true,
        });
      },
    });
    expect(await writing).toEqual({ id: send.id, created: true, fingerprint: send.fingerprint });
    // 120 batches of 50: three chunks of 50 batches, then the last step that makes it whole.
    expect(chunks).toBe(4);
    const detail = await getSend(db, send.id);
    expect(detail?.batchCount).toBe(120);
    expect(detail?.counts.pending).toBe(120);
    expect(detail?.recipients).toEqual(people(100));
    expect(await claimBatches(db, 'worker', 1000, 30_000)).toHaveLength(120);
  });

  it('a send left half written (its server died) is never shown or sent, and goes once abandoned', async () => {
    const send = newSend(people(6000), 50);
    const died = new Error('the server died');
    let chunks = 0;
    await expect(
      createSend(db, send, {
        beforeChunk: async () => {
          chunks += 1;
          if (chunks === 3) throw died;
        },
      }),
    ).rejects.toBe(died);
    // A failure it lived through: what it wrote is gone already.
    expect(await db.selectFrom('batches').select('id').execute()).toEqual([]);

    // A crash leaves the rows: written as far as the second chunk, then never again.
    const crashed = newSend(people(6000), 50);
    chunks = 0;
    const never = new Promise<void>(() => {});
    void createSend(db, crashed, {
      beforeChunk: async () => {
        chunks += 1;
        if (chunks === 3) await never;
      },
    });
    for (let turn = 0; turn < 500 && chunks < 3; turn += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(chunks).toBe(3);
    expect(await db.selectFrom('batches').select('id').execute()).toHaveLength(100);
    expect(await getSend(db, crashed.id)).toBeUndefined();
    expect(await claimBatches(db, 'worker', 1000, 30_000)).toEqual([]);
    expect(await markInterrupted(db)).toBe(0);
    // Not while it may still be written; once it has made no progress for a minute.
    expect(await discardAbandonedSends(db)).toBe(0);
    expect(await discardAbandonedSends(db, Date.now() + ABANDONED_AFTER_MS + 1000)).toBe(1);
    expect(await db.selectFrom('batches').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('messages').select('id').execute()).toEqual([]);
  });

  it('a clientId records one send, also when given many times at once', async () => {
    const attempts = Array.from({ length: 6 }, () => newSend(people(3), 2, 'client-1'));
    const results = await Promise.all(attempts.map((send) => createSend(db, send)));
    const created = results.filter((result) => result.created);
    expect(created).toHaveLength(1);
    expect(new Set(results.map((result) => result.id))).toEqual(new Set([created[0]?.id]));
    const page = await listSends(db, 1, 20);
    expect(page.total).toBe(1);
    expect(page.items[0]?.counts.pending).toBe(2);
  });

  it('counts outcomes, retries failed and unknown batches, and marks what was left pending', async () => {
    const send = newSend(people(4), 1);
    await createSend(db, send);
    const [first, second, third] = await pendingBatches(db, send.id);
    if (!first || !second || !third) throw new Error('batches missing');
    await recordAttempt(db, first.id, 1);
    await finishBatch(db, first, { status: 'sent', code: 0, msg: 'ok', attempts: 1 });
    await finishBatch(db, second, { status: 'failed', code: '40001', msg: 'no', attempts: 2 });
    await finishBatch(db, third, { status: 'unknown', error: 'timeout', attempts: 1 });
    const during = await getSend(db, send.id);
    expect(during?.counts).toEqual({ pending: 1, sent: 1, failed: 1, unknown: 1 });
    expect(during?.batches[1]).toMatchObject({ status: 'failed', code: '40001', attempts: 2 });
    expect(during?.batches[0]).toMatchObject({ status: 'sent', code: 0, msg: 'ok' });

    expect(await markInterrupted(db)).toBe(1);
    const after = await getSend(db, send.id);
    expect(after?.outcome).toBe('partial');
    expect(after?.counts).toEqual({ pending: 0, sent: 1, failed: 1, unknown: 2 });

    const claimed = await claimForRetry(db, send.id);
    expect(claimed.map((batch) => batch.batch_index)).toEqual([1, 2, 3]);
    expect((await getSend(db, send.id))?.counts).toEqual({
      pending: 3,
      sent: 1,
      failed: 0,
      unknown: 0,
    });
    expect(await claimForRetry(db, send.id)).toEqual([]);
  });

  it('reads a send as of one moment, also while its last batch finishes', async () => {
    for (let round = 0; round < 5; round += 1) {
      const send = newSend(people(2), 1);
      await createSend(db, send);
      const [first, last] = await pendingBatches(db, send.id);
      if (!first || !last) throw new Error('batches missing');
      await finishBatch(db, first, { status: 'sent', code: 0, attempts: 1 });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const before = (await getSend(db, send.id))?.updatedAt;
      // Started before the write: on SQLite the write runs between a read's statements.
      const reads = Promise.all([
        getSend(db, send.id),
        getProgress(db, send.id),
        listSends(db, 1, 1).then((page) => page.items[0]),
      ]);
      await finishBatch(db, last, { status: 'sent', code: 0, attempts: 1 });
      const settled = (await getSend(db, send.id))?.updatedAt;
      expect(settled).not.toBe(before);
      for (const read of await reads) {
        expect(read?.id).toBe(send.id);
        expect(read?.updatedAt).toBe(read?.outcome === 'sent' ? settled : before);
      }
    }
  });

  it('lists sends newest first, a page at a time, with each one’s counts', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const send = newSend(people(index + 1), 2);
      ids.push(send.id);
      await createSend(db, send);
    }
    const first = await listSends(db, 1, 2);
    expect(first.total).toBe(5);
    expect(first.items.map((item) => item.id)).toEqual([ids[4], ids[3]]);
    expect(first.items[0]?.counts.pending).toBe(3);
    const last = await listSends(db, 3, 2);
    expect(last.items.map((item) => item.id)).toEqual([ids[0]]);
    expect(last.items[0]?.audience).toEqual({ kind: 'users', count: 1, sample: ['ou_0'] });
  });
});

describe.skipIf(testDialect !== 'sqlite')(
  `the history's statements on SQLite${testDialect === 'sqlite' ? '' : ' (skipped: PostgreSQL plans its own way; this run is on PostgreSQL)'}`,
  () => {
    /** SQLite's plan of a query, one line a step. */
    const planOf = (query: Compilable): string[] => {
      const sqlite = sqliteOf(db);
      if (!sqlite) throw new Error('not SQLite');
      const { sql, parameters } = query.compile();
      return sqlite
        .prepare<unknown[], { detail: string }>(`explain query plan ${sql}`)
        .all(...parameters)
        .map((step) => step.detail);
    };

    it('read a page by walking the sends in created_at order, not by sorting them all, and count them from indexes', () => {
      expect(planOf(historyPage(db, 3, 20))).toEqual([
        'SCAN messages USING INDEX messages_created_at',
      ]);
      // Every send, and those being written: each counted from an index, no row read.
      expect(planOf(historyTotal(db)).filter((step) => step.includes(' messages '))).toEqual([
        expect.stringMatching(/^SCAN messages USING COVERING INDEX /),
        'SCAN messages USING COVERING INDEX messages_writing',
      ]);
    });
  },
);
