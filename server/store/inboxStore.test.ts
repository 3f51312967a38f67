import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testDialect } from '../testing/testDatabase';
import type { Db } from './db';
import { listInbox, recordDelivery } from './inboxStore';

let db: Db;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

const delivery = (requestId: string, text: string) => ({
  requestId,
  msgType: 'text' as const,
  message: { msg_type: 'text', content: { text } },
  receiveIds: ['ou_1'],
});

describe(`the sandbox inbox on ${testDialect}`, () => {
  it('a request id seen again is another delivery of the same message, not a new one', async () => {
    await recordDelivery(db, delivery('req-1', 'first'));
    await recordDelivery(db, delivery('req-2', 'second'));
    await Promise.all([
      recordDelivery(db, delivery('req-1', 'first')),
      recordDelivery(db, delivery('req-1', 'first')),
    ]);
    const inbox = await listInbox(db, 10);
    expect(inbox.total).toBe(2);
    expect(inbox.items.map((item) => [item.requestId, item.deliveries])).toEqual([
      ['req-2', 1],
      ['req-1', 3],
    ]);
    expect(inbox.items[1]?.message).toEqual({ msg_type: 'text', content: { text: 'first' } });
    expect(inbox.items[1]?.receiveIds).toEqual(['ou_1']);
  });

  it('lists at most `limit`, newest first, with the total', async () => {
    for (let index = 0; index < 5; index += 1)
      await recordDelivery(db, delivery(`req-${index}`, `m${index}`));
    const inbox = await listInbox(db, 2);
    expect(inbox.total).toBe(5);
    expect(inbox.items.map((item) => item.requestId)).toEqual(['req-4', 'req-3']);
  });
});
