import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testDialect } from '../testing/testDatabase';
import type { Db } from './db';
import { SESSION_TTL_MS, closeSession, isOpenSession, openSession } from './sessionStore';

const TOKEN = 'a-token-of-sixteen-or-more';

let db: Db;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

describe(`the session store on ${testDialect}`, () => {
  it('a session is open for its token until closed', async () => {
    const id = await openSession(db, TOKEN);
    expect(await isOpenSession(db, id, TOKEN)).toBe(true);
    expect(await isOpenSession(db, id, 'another-token-of-sixteen')).toBe(false);
    await closeSession(db, id);
    expect(await isOpenSession(db, id, TOKEN)).toBe(false);
  });

  it('an expired session is not open, and the next login clears it away', async () => {
    const longAgo = new Date(Date.now() - SESSION_TTL_MS - 1000);
    const old = await openSession(db, TOKEN, longAgo);
    expect(await isOpenSession(db, old, TOKEN)).toBe(false);
    await openSession(db, TOKEN);
    const rows = await db.selectFrom('sessions').select('id').execute();
    expect(rows).toHaveLength(1);
  });

  it('ids that are not session ids are not looked up', async () => {
    expect(await isOpenSession(db, "x' or 1=1 --", TOKEN)).toBe(false);
  });
});
