import type { Selectable } from 'kysely';
import type {
  BatchStatus,
  MessageDetail,
  MessageSummary,
  MessagesPage,
  SendCounts,
  SendOutcome,
} from '../../src/api/schemas';
import type { BatchesTable, Db, MessagesTable } from './db';

export interface NewSend {
  id: string;
  clientId: string | null;
  fingerprint: string;
  msgType: MessageSummary['msgType'];
  content: unknown;
  receiveType: number | null;
  audienceKind: MessageSummary['audience']['kind'];
  recipients: string[];
  sender: string | null;
  batches: { requestId: string; receiveIds: string[] | null }[];
}

export type BatchRow = Selectable<BatchesTable>;
type MessageRow = Selectable<MessagesTable>;

/** What ended one batch: Mind's answer, or our reason when it gave none. */
export interface BatchOutcome {
  status: Exclude<BatchStatus, 'pending'>;
  code?: number | string | null;
  msg?: string | null;
  error?: string | null;
  attempts: number;
}

const now = () => new Date().toISOString();
/** How many recipients a send's summary shows (the history list). */
export const RECIPIENT_SAMPLE_SIZE = 3;

/**
 * Records a send and its batches, all `pending`, in one transaction. When `clientId` was
 * already used, records nothing and returns the earlier send's id and fingerprint.
 */
export async function createSend(
  db: Db,
  send: NewSend,
): Promise<{ id: string; created: boolean; fingerprint: string }> {
  return db.transaction().execute(async (trx) => {
    if (send.clientId !== null) {
      const existing = await trx
        .selectFrom('messages')
        .select(['id', 'fingerprint'])
        .where('client_id', '=', send.clientId)
        .executeTakeFirst();
      if (existing) return { ...existing, created: false };
    }
    const time = now();
    await trx
      .insertInto('messages')
      .values({
        id: send.id,
        client_id: send.clientId,
        fingerprint: send.fingerprint,
        msg_type: send.msgType,
        content: JSON.stringify(send.content),
        receive_type: send.receiveType,
        audience_kind: send.audienceKind,
        recipients: JSON.stringify(send.recipients),
        recipient_count: send.recipients.length,
        recipient_sample: JSON.stringify(send.recipients.slice(0, RECIPIENT_SAMPLE_SIZE)),
        sender: send.sender,
        created_at: time,
        updated_at: time,
      })
      .execute();
    await trx
      .insertInto('batches')
      .values(
        send.batches.map((batch, index) => ({
          message_id: send.id,
          batch_index: index,
          request_id: batch.requestId,
          receive_ids: batch.receiveIds === null ? null : JSON.stringify(batch.receiveIds),
          status: 'pending',
          attempts: 0,
          updated_at: time,
        })),
      )
      .execute();
    return { id: send.id, created: true, fingerprint: send.fingerprint };
  });
}

/** Sets the failed and unknown batches of a send back to `pending` and returns them. */
export async function claimForRetry(db: Db, messageId: string): Promise<BatchRow[]> {
  return db.transaction().execute(async (trx) => {
    const batches = await trx
      .updateTable('batches')
      .set({ status: 'pending', updated_at: now() })
      .where('message_id', '=', messageId)
      .where('status', 'in', ['failed', 'unknown'])
      .returningAll()
      .execute();
    if (batches.length) await touchMessage(trx, messageId);
    return batches.sort((left, right) => left.batch_index - right.batch_index);
  });
}

export async function pendingBatches(db: Db, messageId: string): Promise<BatchRow[]> {
  return db
    .selectFrom('batches')
    .selectAll()
    .where('message_id', '=', messageId)
    .where('status', '=', 'pending')
    .orderBy('batch_index')
    .execute();
}

export async function recordAttempt(db: Db, batchId: number, attempts: number): Promise<void> {
  await db
    .updateTable('batches')
    .set({ attempts, updated_at: now() })
    .where('id', '=', batchId)
    .execute();
}

export async function finishBatch(db: Db, batch: BatchRow, outcome: BatchOutcome): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('batches')
      .set({
        status: outcome.status,
        code:
          outcome.code === undefined || outcome.code === null ? null : JSON.stringify(outcome.code),
        msg: outcome.msg ?? null,
        error: outcome.error ?? null,
        attempts: outcome.attempts,
        updated_at: now(),
      })
      .where('id', '=', batch.id)
      .execute();
    await touchMessage(trx, batch.message_id);
  });
}

/** At start-up: batches a previous process left `pending` may or may not have reached Mind. */
export async function markInterrupted(db: Db): Promise<number> {
  const result = await db
    .updateTable('batches')
    .set({
      status: 'unknown',
      error:
        'The server stopped before this batch’s outcome was known; retry sends it again with the same request id.',
      updated_at: now(),
    })
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function getSend(db: Db, id: string): Promise<MessageDetail | undefined> {
  const message = await db
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!message) return undefined;
  const batches = await db
    .selectFrom('batches')
    .selectAll()
    .where('message_id', '=', id)
    .orderBy('batch_index')
    .execute();
  const counts = countStatuses(batches.map((batch) => ({ status: batch.status, count: 1 })));
  const recipients = JSON.parse(message.recipients) as string[];
  return {
    ...toSummary(message, counts),
    content: JSON.parse(message.content) as unknown,
    receiveType: message.receive_type,
    recipients,
    batches: batches.map((batch) => ({
      index: batch.batch_index,
      requestId: batch.request_id,
      receiveIds: batch.receive_ids === null ? null : (JSON.parse(batch.receive_ids) as string[]),
      status: batch.status as BatchStatus,
      code: batch.code === null ? null : (JSON.parse(batch.code) as number | string),
      msg: batch.msg,
      error: batch.error,
      attempts: batch.attempts,
      updatedAt: batch.updated_at,
    })),
  };
}

export async function listSends(db: Db, page: number, pageSize: number): Promise<MessagesPage> {
  const { total } = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  // Every column but the full recipient list, which a list does not show.
  const messages = await db
    .selectFrom('messages')
    .select([
      'id',
      'client_id',
      'msg_type',
      'audience_kind',
      'recipient_count',
      'recipient_sample',
      'sender',
      'created_at',
      'updated_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const ids = messages.map((message) => message.id);
  const rows = ids.length
    ? await db
        .selectFrom('batches')
        .select((eb) => ['message_id', 'status', eb.fn.countAll<number>().as('count')])
        .where('message_id', 'in', ids)
        .groupBy(['message_id', 'status'])
        .execute()
    : [];
  const items = messages.map((message) => {
    const counts = countStatuses(rows.filter((row) => row.message_id === message.id));
    return toSummary(message, counts);
  });
  return { items, page, pageSize, total: Number(total) };
}

async function touchMessage(db: Db, messageId: string): Promise<void> {
  await db.updateTable('messages').set({ updated_at: now() }).where('id', '=', messageId).execute();
}

function countStatuses(rows: { status: string; count: number | bigint }[]): SendCounts {
  const counts: SendCounts = { pending: 0, sent: 0, failed: 0, unknown: 0 };
  for (const row of rows) {
    if (row.status in counts) counts[row.status as BatchStatus] += Number(row.count);
  }
  return counts;
}

/** The overall outcome from the batch counts (see `SEND_OUTCOMES`). */
export function outcomeOf(counts: SendCounts): SendOutcome {
  if (counts.pending > 0) return 'sending';
  const total = counts.sent + counts.failed + counts.unknown;
  if (counts.sent === total) return 'sent';
  if (counts.sent === 0 && counts.failed === total) return 'failed';
  if (counts.sent === 0 && counts.failed === 0) return 'unknown';
  return 'partial';
}

type SummaryRow = Pick<
  MessageRow,
  | 'id'
  | 'client_id'
  | 'msg_type'
  | 'audience_kind'
  | 'recipient_count'
  | 'recipient_sample'
  | 'sender'
  | 'created_at'
  | 'updated_at'
>;

function toSummary(message: SummaryRow, counts: SendCounts): MessageSummary {
  const total = counts.pending + counts.sent + counts.failed + counts.unknown;
  return {
    id: message.id,
    clientId: message.client_id,
    msgType: message.msg_type as MessageSummary['msgType'],
    audience: {
      kind: message.audience_kind as MessageSummary['audience']['kind'],
      count: message.recipient_count,
      sample: JSON.parse(message.recipient_sample) as string[],
    },
    outcome: outcomeOf(counts),
    counts,
    progress: { done: total - counts.pending, total },
    sender: message.sender,
    createdAt: message.created_at,
    updatedAt: message.updated_at,
  };
}
