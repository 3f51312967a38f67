import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import { dialectOf, type DatabaseSchema } from './db';
import type { SqlDialect } from './migrations';

/**
 * A query built and compiled once per dialect, then run with new values: Kysely builds and
 * compiles every query afresh, which on a send's hot path costs more than SQLite running it.
 * `build` gets a placeholder for each named value; each run puts the values given in their
 * places among the compiled parameters (constants the query holds stay as compiled). Only for
 * queries whose SQL does not depend on the values (no `in` lists, no `is null` on a value).
 */
export function compileOnce<Name extends string, Row>(
  names: readonly Name[],
  build: (
    db: Kysely<DatabaseSchema>,
    values: Record<Name, never>,
  ) => { compile(): CompiledQuery<Row> },
): (db: Kysely<DatabaseSchema>, values: Record<Name, unknown>) => Promise<QueryResult<Row>> {
  const placeholders = Object.fromEntries(names.map((name) => [name, `\u0000${name}\u0000`]));
  const nameOf = new Map<unknown, Name>(names.map((name) => [placeholders[name], name]));
  const compiled = new Map<
    SqlDialect,
    { query: CompiledQuery<Row>; slots: (Name | undefined)[] }
  >();
  return (db, values) => {
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
    const { query, slots } = entry;
    const parameters = query.parameters.map((parameter, index) => {
      const slot = slots[index];
      return slot === undefined ? parameter : values[slot];
    });
    return db.executeQuery({ ...query, parameters });
  };
}
