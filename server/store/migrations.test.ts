import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db, type MessagesTable } from './db';
import { listSends } from './messageStore';
import { migrations } from './migrations';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database file as the release before `0004_recipient_sample` left it. */
async function databaseBefore0004(dir: string, sends: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const db = new Kysely<{ messages: Omit<MessagesTable, 'recipient_sample'> }>({
    dialect: new SqliteDialect({ database: new Database(join(dir, 'mind-card-studio.sqlite')) }),
  });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateTo('0003_templates');
  if (error) throw error;
  const time = new Date().toISOString();
  for (let index = 0; index < sends; index += 1) {
    const recipients = Array.from({ length: (index % 5) + 1 }, (_, n) => `ou_${index}_${n}`);
    await db
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
    const dir = mkdtempSync(join(tmpdir(), 'mcs-migrate-'));
    dirs.push(dir);
    await databaseBefore0004(dir, 150); // more than one page of the backfill
    const db: Db = await openDatabase(dir);
    try {
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
});
