import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';

/*
 * A send's hot statements on SQLite run at once on better-sqlite3 (synchronously, each a
 * statement prepared once), not through Kysely's executor: its promises, connection lock and
 * transaction steps cost more than SQLite running them. The SQL is still Kysely's, compiled
 * once (`compileOnce`). Only while no transaction is open: a Kysely transaction holds the one
 * connection across its awaits, and a statement run then would become part of it (PostgreSQL,
 * and SQLite at such a moment, go through Kysely as before).
 */

export type SqliteConnection = Database.Database;

const connections = new WeakMap<Kysely<never>, SqliteConnection>();

/** Records the better-sqlite3 connection under `db` (`openDatabase` on SQLite). */
export function keepSqlite<Schema>(db: Kysely<Schema>, sqlite: SqliteConnection): void {
  connections.set(db as unknown as Kysely<never>, sqlite);
}

/** `db`'s SQLite connection while it is open, whatever it is doing; undefined on PostgreSQL. */
export function sqliteOf<Schema>(db: Kysely<Schema>): SqliteConnection | undefined {
  const sqlite = connections.get(db as unknown as Kysely<never>);
  return sqlite?.open ? sqlite : undefined;
}

/**
 * `db`'s SQLite connection when a statement may run on it at once: open, and no transaction under
 * way (Kysely's, between two of its statements). Undefined otherwise: go through Kysely.
 */
export function sqliteNow<Schema>(db: Kysely<Schema>): SqliteConnection | undefined {
  const sqlite = sqliteOf(db);
  return sqlite && !sqlite.inTransaction ? sqlite : undefined;
}

interface Steps {
  begin: Database.Statement;
  commit: Database.Statement;
  rollback: Database.Statement;
}
const steps = new WeakMap<SqliteConnection, Steps>();

/**
 * Runs `work` in one transaction on a free connection (`sqliteNow`), as Kysely's `begin` …
 * `commit` would; on an error rolled back, unless SQLite already ended it (SQLITE_FULL), so the
 * error that says what happened is the one thrown.
 */
export function transactionNow<T>(sqlite: SqliteConnection, work: () => T): T {
  let kept = steps.get(sqlite);
  if (!kept) {
    kept = {
      begin: sqlite.prepare('begin'),
      commit: sqlite.prepare('commit'),
      rollback: sqlite.prepare('rollback'),
    };
    steps.set(sqlite, kept);
  }
  kept.begin.run();
  try {
    const result = work();
    kept.commit.run();
    return result;
  } catch (error) {
    if (sqlite.inTransaction) kept.rollback.run();
    throw error;
  }
}
