import Database from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Generated,
  type SqliteDatabase,
} from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { MsgType } from '../../src/mind';
import type { AudienceKind } from '../../src/api/schemas';
import { migrationsFor, type SqlDialect } from './migrations';
import { keepSqlite } from './sqliteNow';
import { withStatementCache } from './statementCache';

export interface MessagesTable {
  id: string;
  client_id: string | null;
  /** Hash of what was asked, to tell a replay of a clientId from a reuse of it. */
  fingerprint: string;
  msg_type: MsgType;
  /** JSON of the content object (array for rich_text), unencoded. */
  content: string;
  receive_type: number | null;
  audience_kind: AudienceKind;
  /**
   * JSON array of the first distinct open_ids (`DETAIL_RECIPIENTS`; every one before `0009`);
   * `[]` for `all`. Every recipient is in the send's batches (`receive_ids`) or, for a personal
   * send, in `send_recipients`.
   */
  recipients: string;
  recipient_count: number;
  /** JSON array of the first few recipients, for lists (see `RECIPIENT_SAMPLE_SIZE`). */
  recipient_sample: string;
  sender: string | null;
  created_at: string;
  updated_at: string;
  /** A scheduled send's time, ISO 8601 UTC; null when it went out on acceptance. */
  send_at: Generated<string | null>;
  /** When a scheduled send was cancelled (its batches `cancelled`); null otherwise. */
  cancelled_at: Generated<string | null>;
  /** JSON of a personal send's `PersonalSummary` (docs/personal.md), or null. */
  personal: Generated<string | null>;
  /** 1 while its acceptance is still being written (hidden, never claimed); 0 once whole. */
  writing: Generated<number>;
}

export interface BatchesTable {
  id: Generated<number>;
  message_id: string;
  batch_index: number;
  request_id: string;
  /** JSON array of open_ids, or null for a broadcast. */
  receive_ids: string | null;
  /** A `BatchStatus`, or `writing` while its send's acceptance is being written. */
  status: string;
  /** JSON of Mind's `code` (number or string), or null. */
  code: string | null;
  msg: string | null;
  error: string | null;
  attempts: number;
  updated_at: string;
  /** The worker holding this batch (`batchQueue.ts`), or null while nobody does. */
  lease_owner: Generated<string | null>;
  /** Until when the lease holds, ISO 8601; the holder renews it while the batch is out. */
  lease_until: Generated<string | null>;
  /** When this claim's request went out to Mind: after it, a lost lease means `unknown`. */
  started_at: Generated<string | null>;
  /** No worker claims the batch before this time (its send's `send_at`); null: at once. */
  not_before: Generated<string | null>;
  /** JSON of this batch's own (expanded) content; null: the send's content. */
  content: Generated<string | null>;
}

/** The one row (`id` `mind`) that paces requests to Mind across servers (server/pacer.ts). */
export interface MindPaceTable {
  id: string;
  /** Milliseconds since 1970 of the next free turn (not always whole: server/pacer.ts). */
  next_at: number | string;
  /** Milliseconds since 1970 until which Mind asked for no requests (a 429's Retry-After). */
  paused_until: number | string;
}

/** The people of a personal send, in the list's order (`0008_personal_sends`). */
export interface SendRecipientsTable {
  id: Generated<number>;
  message_id: string;
  position: number;
  open_id: string;
  /** JSON array of their values, in the order of the send's columns. */
  field_values: string;
  /** The batch that carries their message; null when skipped. */
  batch_index: number | null;
  /** Why they were left out, or null. */
  skipped: string | null;
}

export interface InboxTable {
  id: Generated<number>;
  request_id: string;
  received_at: string;
  msg_type: MsgType;
  /** JSON of the decoded message. */
  message: string;
  receive_ids: string | null;
  deliveries: number;
}

export interface SessionsTable {
  /** SHA-256 of the session id: the file never holds a usable cookie. */
  id: string;
  /** Which access token the session was opened with: a new token ends older sessions. */
  token_tag: string;
  created_at: string;
  expires_at: string;
}

/** Templates and their versions (migration 0003). */
export interface TemplatesTable {
  id: string;
  name: string;
  description: string;
  msg_type: MsgType;
  /** JSON of the current version's content (an array for rich_text), unencoded. */
  content: string;
  version: number;
  starter: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  deleted_at: string | null;
}

export interface TemplateVersionsTable {
  id: Generated<number>;
  template_id: string;
  version: number;
  name: string;
  msg_type: MsgType;
  content: string;
  author: string | null;
  restored_from: number | null;
  created_at: string;
}

export interface TemplateStartersTable {
  key: string;
  seeded_at: string;
}

export interface DatabaseSchema {
  messages: MessagesTable;
  batches: BatchesTable;
  sandbox_inbox: InboxTable;
  sessions: SessionsTable;
  mind_pace: MindPaceTable;
  send_recipients: SendRecipientsTable;
  templates: TemplatesTable;
  template_versions: TemplateVersionsTable;
  template_starters: TemplateStartersTable;
}

export type Db = Kysely<DatabaseSchema>;

/**
 * Where the data lives: a SQLite file in `dataDir` (the default), or the PostgreSQL database
 * named by a `postgres://` URL (its schema from the URL's `options=-c search_path=…`, else the
 * user's default).
 */
export type DatabaseLocation = { dataDir: string; databaseUrl?: string | null };

/** Which database a `Db` talks to, for the few statements that differ. */
export function dialectOf(db: Kysely<unknown> | Db): SqlDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Opens the database and brings it to the latest schema: `<dataDir>/mind-card-studio.sqlite`
 * (created if needed), or PostgreSQL when `databaseUrl` is set. A string is a data directory.
 */
export async function openDatabase(location: string | DatabaseLocation): Promise<Db> {
  const db = await connectDatabase(location);
  try {
    await migrateDatabase(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** The database as it is, not migrated (`openDatabase` is the way in; this is for tests). */
export async function connectDatabase(location: string | DatabaseLocation): Promise<Db> {
  const { dataDir, databaseUrl } =
    typeof location === 'string' ? { dataDir: location, databaseUrl: null } : location;
  return databaseUrl ? openPostgres(databaseUrl) : openSqlite(dataDir);
}

/** Applies the migrations up to `target` (default: all). */
export async function migrateDatabase(db: Db, target?: string): Promise<void> {
  const dialect = dialectOf(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(dialect) },
    // PostgreSQL: the bookkeeping tables beside ours, not in another schema that has some.
    ...(dialect === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const { error } =
    target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

function openSqlite(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(join(dataDir, 'mind-card-studio.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  // With WAL, NORMAL loses nothing when the process dies (only on power loss) and saves an fsync per write.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({
      database: rollbackOnlyWhenOpen(withStatementCache(sqlite), () => sqlite.inTransaction),
    }),
  });
  // A send's hot statements run on it at once (sqliteNow.ts).
  keepSqlite(db, sqlite);
  return db;
}

/** Connections the server keeps to PostgreSQL at most. */
const POSTGRES_POOL_SIZE = 10;

async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POSTGRES_POOL_SIZE,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server drops (a restart) is replaced on the next query, not fatal.
  pool.on('error', () => {});
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    // pg's message names the host and user, never the password; the URL itself is not repeated.
    const { message, code } = (error ?? {}) as { message?: string; code?: string };
    const reason = message || code || String(error);
    throw new Error(`could not connect to the PostgreSQL database in DATABASE_URL: ${reason}`, {
      cause: error,
    });
  }
  return db;
}

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  );
  const schema = rows[0]?.schema;
  if (!schema) {
    throw new Error(
      'the PostgreSQL database in DATABASE_URL has no schema to create tables in (search_path names none that exists)',
    );
  }
  return schema;
}

/**
 * On some errors (SQLITE_FULL, SQLITE_IOERR) SQLite ends the transaction itself; Kysely's
 * ROLLBACK after it then fails with "no transaction is active", and that error would replace
 * the one that says what happened (the disk is full). A ROLLBACK with nothing open is skipped.
 */
function rollbackOnlyWhenOpen(
  database: SqliteDatabase,
  inTransaction: () => boolean,
): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare: (sql) => {
      const statement = database.prepare(sql);
      if (sql.trim().toLowerCase() !== 'rollback') return statement;
      return {
        reader: statement.reader,
        all: (parameters) => (inTransaction() ? statement.all(parameters) : []),
        run: (parameters) =>
          inTransaction() ? statement.run(parameters) : { changes: 0, lastInsertRowid: 0 },
        iterate: (parameters) => statement.iterate(parameters),
      };
    },
  };
}
