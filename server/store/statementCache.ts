import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct SQL texts keep their prepared statement. */
export const STATEMENT_CACHE_SIZE = 200;

/**
 * better-sqlite3 for Kysely, keeping each prepared statement for the next query with the same
 * SQL (Kysely prepares every query afresh: a send runs about fourteen). Least recently used
 * statements go first, so queries whose SQL varies (an `in` list's length) cannot grow it.
 * Safe because Kysely runs a statement to completion before the next `prepare` (no streaming).
 */
export function withStatementCache(
  database: SqliteDatabase,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = cache.get(sql);
      if (cached) {
        // Re-inserted, so the map's order is least recently used first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      return statement;
    },
  };
}
