import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Generated } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from './migrations';
import { withStatementCache } from './statementCache';

export interface MessagesTable {
  id: string;
  client_id: string | null;
  /** Hash of what was asked, to tell a replay of a clientId from a reuse of it. */
  fingerprint: string;
  msg_type: string;
  /** JSON of the content object (array for rich_text), unencoded. */
  content: string;
  receive_type: number | null;
  audience_kind: string;
  /** JSON array of distinct open_ids; `[]` for `all`. */
  recipients: string;
  recipient_count: number;
  /** JSON array of the first few recipients, for lists (see `RECIPIENT_SAMPLE_SIZE`). */
  recipient_sample: string;
  sender: string | null;
  created_at: string;
  updated_at: string;
}

export interface BatchesTable {
  id: Generated<number>;
  message_id: string;
  batch_index: number;
  request_id: string;
  /** JSON array of open_ids, or null for a broadcast. */
  receive_ids: string | null;
  status: string;
  /** JSON of Mind's `code` (number or string), or null. */
  code: string | null;
  msg: string | null;
  error: string | null;
  attempts: number;
  updated_at: string;
}

export interface InboxTable {
  id: Generated<number>;
  request_id: string;
  received_at: string;
  msg_type: string;
  /** JSON of the decoded message. */
  message: string;
  receive_ids: string | null;
  deliveries: number;
}

export interface DatabaseSchema {
  messages: MessagesTable;
  batches: BatchesTable;
  sandbox_inbox: InboxTable;
}

export type Db = Kysely<DatabaseSchema>;

/** Opens (creating if needed) `<dataDir>/mind-card-studio.sqlite` and brings it to the latest schema. */
export async function openDatabase(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(join(dataDir, 'mind-card-studio.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  // With WAL, NORMAL loses nothing when the process dies (only on power loss) and saves an fsync per write.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return db;
}
