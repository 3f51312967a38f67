import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withStatementCache } from './statementCache';

interface Schema {
  notes: { id: number; text: string };
}

const open: Database.Database[] = [];
afterEach(() => {
  for (const sqlite of open.splice(0)) if (sqlite.open) sqlite.close();
});

function setup(size?: number) {
  const sqlite = new Database(':memory:');
  open.push(sqlite);
  sqlite.exec('create table notes (id integer primary key, text text not null)');
  const prepare = vi.spyOn(sqlite, 'prepare');
  const db = new Kysely<Schema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite, size) }),
  });
  return { sqlite, prepare, db };
}

describe('withStatementCache', () => {
  it('prepares each SQL text once and gives the right rows every time', async () => {
    const { prepare, db } = setup();
    for (let id = 1; id <= 5; id += 1)
      await db
        .insertInto('notes')
        .values({ id, text: `note ${id}` })
        .execute();
    for (let id = 1; id <= 5; id += 1) {
      const row = await db
        .selectFrom('notes')
        .select('text')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.text).toBe(`note ${id}`);
    }
    // One insert and one select, however many times they ran.
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keeps at most `size` statements, dropping the least recently used', async () => {
    const { prepare, db } = setup(2);
    const select = (column: 'id' | 'text') => db.selectFrom('notes').select(column).execute();
    const count = () =>
      db
        .selectFrom('notes')
        .select((eb) => eb.fn.countAll().as('n'))
        .execute();
    await select('id'); // prepared
    await select('text'); // prepared
    await select('id'); // cached; now 'text' is the oldest
    await count(); // prepared; evicts 'text'
    await select('id'); // still cached
    expect(prepare).toHaveBeenCalledTimes(3);
    await select('text'); // prepared again
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('closes the database', async () => {
    const { sqlite, db } = setup();
    await db.selectFrom('notes').select('id').execute(); // Kysely closes only a database it used
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });
});
