import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialect, testLocation } from '../testing/testDatabase';
import {
  connectDatabase,
  dialectOf,
  migrateDatabase,
  openDatabase,
  type BatchesTable,
  type DatabaseLocation,
  type Db,
  type MessagesTable,
} from './db';
import { claimBatches } from './batchQueue';
import { listSends } from './messageStore';
import { discardAbandonedSends } from './writeSend';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database location of one test's own (a data directory, or a PostgreSQL schema). */
async function freshLocation(): Promise<DatabaseLocation> {
  const dir = mkdtempSync(join(tmpdir(), 'mcs-migrate-'));
  dirs.push(dir);
  return testLocation(dir);
}

/** A new database brought to migration `target` and no further, as that release left it. */
async function databaseAt(location: DatabaseLocation, target: string): Promise<Db> {
  const db = await connectDatabase(location);
  await migrateDatabase(db, target);
  return db;
}

/** A database as the release before `0004_recipient_sample` left it. */
async function databaseBefore0004(location: DatabaseLocation, sends: number): Promise<void> {
  const db = await databaseAt(location, '0003_templates');
  const old = db as unknown as Kysely<{ messages: Omit<MessagesTable, 'recipient_sample'> }>;
  const time = new Date().toISOString();
  for (let index = 0; index < sends; index += 1) {
    const recipients = Array.from({ length: (index % 5) + 1 }, (_, n) => `ou_${index}_${n}`);
    await old
      .insertInto('messages')
      .values({
        id: `send-${String(index).padStart(3, '0')}`,
        client_id: null,
        fingerprint: 'f',
        msg_type: 'text',
        content: '{"text":"hi"}',
        receive_type: 1,
        audience_kind: 'users',
        recipients: JSON.stringify(recipients),
        recipient_count: recipients.length,
        sender: null,
        created_at: time,
        updated_at: time,
      })
      .execute();
  }
  await db.destroy();
}

describe('migration 0004_recipient_sample', () => {
  it('gives every send recorded before it its first three recipients', async () => {
    const location = await freshLocation();
    await databaseBefore0004(location, 150); // more than one page of the backfill
    const db: Db = await openDatabase(location);
    try {
      expect(dialectOf(db)).toBe(testDialect);
      const page = await listSends(db, 1, 200);
      expect(page.total).toBe(150);
      const audiences = new Map(page.items.map((item) => [item.id, item.audience]));
      expect(audiences.get('send-000')).toEqual({ kind: 'users', count: 1, sample: ['ou_0_0'] });
      expect(audiences.get('send-149')).toEqual({
        kind: 'users',
        count: 5,
        sample: ['ou_149_0', 'ou_149_1', 'ou_149_2'],
      });
      for (const item of page.items)
        expect(item.audience.sample).toHaveLength(Math.min(3, item.audience.count));
    } finally {
      await db.destroy();
    }
  });

  it('opening a database already at the latest schema changes nothing', async () => {
    const location = await freshLocation();
    const first = await openDatabase(location);
    await first
      .insertInto('sessions')
      .values({ id: 'kept', token_tag: 't', created_at: 'a', expires_at: 'b' })
      .execute();
    await first.destroy();
    const second = await openDatabase(location);
    try {
      const rows = await second.selectFrom('sessions').select('id').execute();
      expect(rows).toEqual([{ id: 'kept' }]);
    } finally {
      await second.destroy();
    }
  });
});

describe('migration 0006_batch_leases', () => {
  it('makes batches left pending by a server without leases unknown, so no worker sends them again', async () => {
    const location = await freshLocation();
    const before = await databaseAt(location, '0005_sessions');
    const old = before as unknown as Kysely<{
      messages: Omit<MessagesTable, 'recipient_sample'> & { recipient_sample: string | null };
      batches: Omit<BatchesTable, 'id' | 'lease_owner' | 'lease_until' | 'started_at'>;
    }>;
    const time = new Date().toISOString();
    await old
      .insertInto('messages')
      .values({
        id: 'crashed',
        client_id: null,
        fingerprint: 'f',
        msg_type: 'text',
        content: '{"text":"hi"}',
        receive_type: 1,
        audience_kind: 'users',
        recipients: '["ou_a","ou_b"]',
        recipient_count: 2,
        recipient_sample: '["ou_a","ou_b"]',
        sender: null,
        created_at: time,
        updated_at: time,
      })
      .execute();
    const batch = (index: number, status: string) => ({
      message_id: 'crashed',
      batch_index: index,
      request_id: `request-${index}`,
      receive_ids: index === 0 ? '["ou_a"]' : '["ou_b"]',
      status,
      code: null,
      msg: null,
      error: null,
      attempts: status === 'sent' ? 1 : 0,
      updated_at: time,
    });
    await old
      .insertInto('batches')
      .values([batch(0, 'sent'), batch(1, 'pending')])
      .execute();
    await before.destroy();

    const db: Db = await openDatabase(location);
    try {
      const rows = await db
        .selectFrom('batches')
        .select(['batch_index', 'status', 'lease_owner', 'error'])
        .orderBy('batch_index')
        .execute();
      expect(rows.map((row) => [row.batch_index, row.status, row.lease_owner])).toEqual([
        [0, 'sent', null],
        [1, 'unknown', null],
      ]);
      expect(rows[1]?.error).toMatch(/retry sends it again with the same request id/);
    } finally {
      await db.destroy();
    }
  });
});

/** A text send to one person recorded at `time`, in the columns `messages` had by 0006. */
const oneRecipientSend = (id: string, time: string) => ({
  id,
  client_id: null,
  fingerprint: 'f',
  msg_type: 'text' as const,
  content: '{"text":"hi"}',
  receive_type: 1,
  audience_kind: 'users' as const,
  recipients: '["ou_a"]',
  recipient_count: 1,
  recipient_sample: '["ou_a"]',
  sender: null,
  created_at: time,
  updated_at: time,
});

describe('migration 0007_schedule_and_pace', () => {
  it('keeps a send of the release before it as sent at once, its batches claimable, and adds the pace row', async () => {
    const location = await freshLocation();
    const before = await databaseAt(location, '0006_batch_leases');
    const old = before as unknown as Kysely<{
      messages: Omit<MessagesTable, 'send_at' | 'cancelled_at'>;
      batches: Omit<BatchesTable, 'id' | 'not_before'>;
    }>;
    const time = new Date().toISOString();
    await old.insertInto('messages').values(oneRecipientSend('earlier', time)).execute();
    await old
      .insertInto('batches')
      .values({
        message_id: 'earlier',
        batch_index: 0,
        request_id: 'request-0',
        receive_ids: '["ou_a"]',
        status: 'pending',
        code: null,
        msg: null,
        error: null,
        attempts: 0,
        updated_at: time,
      })
      .execute();
    await before.destroy();

    const db: Db = await openDatabase(location);
    try {
      const page = await listSends(db, 1, 10);
      expect(page.items[0]).toMatchObject({ id: 'earlier', outcome: 'sending', sendAt: null });
      const claimed = await claimBatches(db, 'w', 10, 30_000);
      expect(claimed.map((batch) => batch.request_id)).toEqual(['request-0']);
      const pace = await db.selectFrom('mind_pace').selectAll().execute();
      expect(pace.map((row) => [row.id, Number(row.next_at), Number(row.paused_until)])).toEqual([
        ['mind', 0, 0],
      ]);
    } finally {
      await db.destroy();
    }
  });
});

describe('migration 0012_partial_writing_index', () => {
  it('keeps in the index only the sends still being written: the history counts and lists the others, newest first, and an abandoned one is still found and deleted', async () => {
    const location = await freshLocation();
    const before = await databaseAt(location, '0011_fractional_pace');
    const row = (id: string, createdAt: string, writing: number): Insertable<MessagesTable> => ({
      ...oneRecipientSend(id, createdAt),
      send_at: null,
      cancelled_at: null,
      personal: null,
      writing,
    });
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
    await before
      .insertInto('messages')
      .values([
        row('first', at(1), 0),
        row('abandoned', at(2), 1),
        row('second', at(3), 0),
        row('third', at(4), 0),
      ])
      .execute();
    await before.destroy();

    const db: Db = await openDatabase(location);
    try {
      const page = await listSends(db, 1, 2);
      expect(page.total).toBe(3);
      expect(page.items.map((item) => item.id)).toEqual(['third', 'second']);
      expect((await listSends(db, 2, 2)).items.map((item) => item.id)).toEqual(['first']);
      // Still being written: not claimable, and deleted once abandoned.
      expect(await discardAbandonedSends(db, Date.parse(at(2)) + 1, 0)).toBe(1);
      const left = await db.selectFrom('messages').select('id').orderBy('id').execute();
      expect(left.map((message) => message.id)).toEqual(['first', 'second', 'third']);
    } finally {
      await db.destroy();
    }
  });
});
