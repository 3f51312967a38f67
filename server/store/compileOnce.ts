import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import { dialectOf, type DatabaseSchema } from './db';
import type { SqlDialect } from './migrations';
import { sqliteNow, sqliteOf, type SqliteConnection } from './sqliteNow';
import type { Statement } from 'better-sqlite3';

/** A query compiled once: run through Kysely, or at once on SQLite. */
export interface CompiledOnce<Name extends string, Row> {
  /** On SQLite with no transaction under way at once (`sqliteNow`), else through Kysely. */
  (db: Kysely<DatabaseSchema>, values: Record<Name, unknown>): Promise<QueryResult<Row>>;
  /** At once on `db`'s SQLite connection, inside a `transactionNow` (SQLite only). */
  now(db: Kysely<DatabaseSchema>, values: Record<Name, unknown>): QueryResult<Row>;
}

/**
 * A query built and compiled once per dialect, then run with new values: Kysely builds and
 * compiles every query afresh, which on a send's hot path costs more than SQLite running it.
 * `build` gets a placeholder for each named value; each run puts the values given in their
 * places among the compiled parameters (constants the query holds stay as compiled). Only for
 * queries whose SQL does not depend on the values (no `in` lists, no `is null` on a value).
 * On SQLite its statement is prepared once per connection and run synchronously (sqliteNow.ts).
 */
export function compileOnce<Name extends string, Row>(
  names: readonly Name[],
  build: (
    db: Kysely<DatabaseSchema>,
    values: Record<Name, never>,
  ) => { compile(): CompiledQuery<Row> },
): CompiledOnce<Name, Row> {
  const placeholders = Object.fromEntries(names.map((name) => [name, `\u0000${name}\u0000`]));
  const nameOf = new Map<unknown, Name>(names.map((name) => [placeholders[name], name]));
  const compiled = new Map<
    SqlDialect,
    { query: CompiledQuery<Row>; slots: (Name | undefined)[] }
  >();
  const statements = new WeakMap<SqliteConnection, Statement>();

  const entryFor = (db: Kysely<DatabaseSchema>) => {
    const dialect = dialectOf(db);
    let entry = compiled.get(dialect);
    if (!entry) {
      const query = build(db, placeholders as Record<Name, never>).compile();
      const slots = query.parameters.map((parameter) => nameOf.get(parameter));
      const missing = names.filter((name) => !slots.includes(name));
      if (missing.length) throw new Error(`compileOnce: ${missing.join(', ')} not in the query`);
      entry = { query, slots };
      compiled.set(dialect, entry);
    }
    return entry;
  };
  const parametersOf = (
    { query, slots }: ReturnType<typeof entryFor>,
    values: Record<Name, unknown>,
  ): unknown[] =>
    query.parameters.map((parameter, index) => {
      const slot = slots[index];
      return slot === undefined ? parameter : values[slot];
    });

  /** What Kysely's SQLite driver gives for the statement, run on `sqlite`. */
  const runOn = (
    sqlite: SqliteConnection,
    db: Kysely<DatabaseSchema>,
    values: Record<Name, unknown>,
  ): QueryResult<Row> => {
    const entry = entryFor(db);
    let statement = statements.get(sqlite);
    if (!statement) {
      statement = sqlite.prepare(entry.query.sql);
      statements.set(sqlite, statement);
    }
    const parameters = parametersOf(entry, values);
    if (statement.reader) return { rows: statement.all(parameters) as Row[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  };

  const run = (
    db: Kysely<DatabaseSchema>,
    values: Record<Name, unknown>,
  ): Promise<QueryResult<Row>> => {
    const sqlite = sqliteNow(db);
    if (sqlite) {
      try {
        return Promise.resolve(runOn(sqlite, db, values));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    const entry = entryFor(db);
    return db.executeQuery<Row>({ ...entry.query, parameters: parametersOf(entry, values) });
  };
  return Object.assign(run, {
    now(db: Kysely<DatabaseSchema>, values: Record<Name, unknown>) {
      const sqlite = sqliteOf(db);
      if (!sqlite) throw new Error('compileOnce: now() is for SQLite');
      return runOn(sqlite, db, values);
    },
  });
}
