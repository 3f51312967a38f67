import type { Inbox, InboxItem } from '../../src/api/schemas';
import { channelOf, parseExactJson, stringifyJson } from '../../src/mind';
import type { Db } from './db';
import { readJsonColumn, stringsColumn } from './readJsonColumn';

export interface Delivery {
  requestId: string;
  msgType: InboxItem['msgType'];
  message: Record<string, unknown>;
  receiveIds: string[] | null;
}

/**
 * Records what the sandbox accepted. A request id seen before counts as another delivery of
 * the same message (a retry), not as a new message.
 */
export async function recordDelivery(db: Db, delivery: Delivery): Promise<void> {
  await db
    .insertInto('sandbox_inbox')
    .values({
      request_id: delivery.requestId,
      received_at: new Date().toISOString(),
      msg_type: delivery.msgType,
      message: stringifyJson(delivery.message),
      receive_ids: delivery.receiveIds === null ? null : JSON.stringify(delivery.receiveIds),
      deliveries: 1,
    })
    .onConflict((conflict) =>
      conflict
        .column('request_id')
        .doUpdateSet((eb) => ({ deliveries: eb('sandbox_inbox.deliveries', '+', 1) })),
    )
    .execute();
}

export async function listInbox(db: Db, limit: number): Promise<Inbox> {
  const { total } = await db
    .selectFrom('sandbox_inbox')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('sandbox_inbox')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return {
    total: Number(total),
    items: rows.map((row) => {
      const message = parseExactJson(row.message) as Record<string, unknown>;
      // Each endpoint takes only its own recipients field, so the body names its channel.
      const channel = channelOf(message);
      return {
        id: row.id,
        requestId: row.request_id,
        receivedAt: row.received_at,
        msgType: row.msg_type,
        channel,
        message,
        receiveIds:
          row.receive_ids === null ? null : readJsonColumn(row.receive_ids, stringsColumn),
        groupId:
          channel === 'group' && typeof message.group_id === 'string' ? message.group_id : null,
        deliveries: row.deliveries,
      };
    }),
  };
}
