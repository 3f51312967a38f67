import type { Selectable } from 'kysely';
import {
  channelOfAudience,
  type BatchStatus,
  type MessageDetail,
  type MessageSummary,
  type MessagesPage,
  type SendCounts,
  type SendOutcome,
  type SendProgress,
} from '../../src/api/schemas';
import { parseExactJson, stringifyJson } from '../../src/mind';
import type { PersonalSummary } from '../../src/api/personal';
import { compileOnce } from './compileOnce';
import { dialectOf, type BatchesTable, type Db, type MessagesTable } from './db';

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
  /** A scheduled send's time: no batch is claimed before it. Null: at once. */
  sendAt?: Date | null;
  /** Its batches held at once by this worker (`batchQueue.ts`), as a claim right after would. */
  lease?: { owner: string; until: string };
  /** `content`: this batch's own expanded content (a personal send); else the send's. */
  batches: { requestId: string; receiveIds: string[] | null; content?: unknown }[];
  /** A personal send: what it keeps beside the template, and every recipient. */
  personal?: {
    summary: PersonalSummary;
    recipients: {
      openId: string;
      values: string[];
      batchIndex: number | null;
      skipped: string | null;
    }[];
  };
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

/** An outcome the database would not take yet (a full disk): kept in memory, shown on reads. */
export interface UnwrittenOutcome {
  messageId: string;
  outcome: BatchOutcome;
  /** When it was known. */
  at: string;
}

/** By batch id. The batch's row is still `pending` in the database. */
export type UnwrittenOutcomes = ReadonlyMap<number, UnwrittenOutcome>;

const none: UnwrittenOutcomes = new Map();

const now = () => new Date().toISOString();
/** How many recipients a send's summary shows (the history list). */
export const RECIPIENT_SAMPLE_SIZE = 3;

/** Batch rows per insert: PostgreSQL takes at most 65,535 parameters in one statement. */
const BATCH_ROWS_PER_INSERT = 1000;

/**
 * Records a send and its batches, all `pending`, in one transaction. When `clientId` was
 * already used, records nothing and returns the earlier send's id and fingerprint (also when
 * two servers on one database are given it at the same moment: the unique key decides).
 */
export async function createSend(
  db: Db,
  send: NewSend,
): Promise<
  | { id: string; created: false; fingerprint: string }
  | { id: string; created: true; fingerprint: string; detail: MessageDetail; batches: BatchRow[] }
> {
  return db.transaction().execute(async (trx) => {
    const earlier = async () =>
      send.clientId === null
        ? undefined
        : trx
            .selectFrom('messages')
            .select(['id', 'fingerprint'])
            .where('client_id', '=', send.clientId)
            .executeTakeFirst();
    const existing = await earlier();
    if (existing) return { ...existing, created: false as const };
    const time = now();
    const message: MessageRow = {
      id: send.id,
      client_id: send.clientId,
      fingerprint: send.fingerprint,
      msg_type: send.msgType,
      content: stringifyJson(send.content),
      receive_type: send.receiveType,
      audience_kind: send.audienceKind,
      recipients: JSON.stringify(send.recipients),
      recipient_count: send.recipients.length,
      recipient_sample: JSON.stringify(send.recipients.slice(0, RECIPIENT_SAMPLE_SIZE)),
      sender: send.sender,
      created_at: time,
      updated_at: time,
      send_at: send.sendAt?.toISOString() ?? null,
      cancelled_at: null,
      personal: send.personal ? JSON.stringify(send.personal.summary) : null,
    };
    const insert = trx.insertInto('messages').values(message);
    if (send.clientId === null) {
      await insert.execute();
    } else {
      // Another server on the same PostgreSQL may have taken the clientId since the read.
      const result = await insert
        .onConflict((conflict) => conflict.column('client_id').doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows) !== 1) {
        const taken = await earlier();
        if (!taken) throw new Error('a clientId both taken and not found');
        return { ...taken, created: false as const };
      }
    }
    const rows = send.batches.map((batch, index) => ({
      message_id: send.id,
      batch_index: index,
      request_id: batch.requestId,
      receive_ids: batch.receiveIds === null ? null : JSON.stringify(batch.receiveIds),
      content: batch.content === undefined ? null : stringifyJson(batch.content),
      status: 'pending',
      attempts: 0,
      updated_at: time,
      not_before: send.sendAt?.toISOString() ?? null,
      lease_owner: send.lease?.owner ?? null,
      lease_until: send.lease?.until ?? null,
    }));
    const batches: BatchRow[] = [];
    for (let start = 0; start < rows.length; start += BATCH_ROWS_PER_INSERT) {
      batches.push(
        ...(await trx
          .insertInto('batches')
          .values(rows.slice(start, start + BATCH_ROWS_PER_INSERT))
          .returningAll()
          .execute()),
      );
    }
    const people = (send.personal?.recipients ?? []).map((person, position) => ({
      message_id: send.id,
      position,
      open_id: person.openId,
      field_values: JSON.stringify(person.values),
      batch_index: person.batchIndex,
      skipped: person.skipped,
    }));
    for (let start = 0; start < people.length; start += BATCH_ROWS_PER_INSERT) {
      await trx
        .insertInto('send_recipients')
        .values(people.slice(start, start + BATCH_ROWS_PER_INSERT))
        .execute();
    }
    // What a read would find, without reading it back (RETURNING keeps no order).
    batches.sort((left, right) => left.batch_index - right.batch_index);
    return {
      id: send.id,
      created: true as const,
      fingerprint: send.fingerprint,
      detail: toDetail(message, batches),
      batches,
    };
  });
}

/** Sets the failed and unknown batches of a send back to `pending` and returns them. */
export async function claimForRetry(db: Db, messageId: string): Promise<BatchRow[]> {
  return db.transaction().execute(async (trx) => {
    const batches = await trx
      .updateTable('batches')
      .set({
        status: 'pending',
        lease_owner: null,
        lease_until: null,
        started_at: null,
        updated_at: now(),
      })
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

function outcomeColumns(outcome: BatchOutcome, time: string) {
  return {
    status: outcome.status,
    code: outcome.code === undefined || outcome.code === null ? null : JSON.stringify(outcome.code),
    msg: outcome.msg ?? null,
    error: outcome.error ?? null,
    attempts: outcome.attempts,
    updated_at: time,
  };
}

const updateOutcome = compileOnce(
  ['status', 'code', 'msg', 'error', 'attempts', 'updated_at', 'id'],
  (db, values) =>
    db
      .updateTable('batches')
      .set({
        status: values.status,
        code: values.code,
        msg: values.msg,
        error: values.error,
        attempts: values.attempts,
        updated_at: values.updated_at,
      })
      .where('id', '=', values.id),
);
const touch = compileOnce(['updated_at', 'id'], (db, values) =>
  db.updateTable('messages').set({ updated_at: values.updated_at }).where('id', '=', values.id),
);

export async function finishBatch(
  db: Db,
  batch: Pick<BatchRow, 'id' | 'message_id'>,
  outcome: BatchOutcome,
  time = now(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await updateOutcome(trx, { ...outcomeColumns(outcome, time), id: batch.id });
    await touch(trx, { updated_at: now(), id: batch.message_id });
  });
}

/**
 * Batches left `pending` (at start-up: by a previous process; at the end of a stop's grace
 * period: still in flight) may or may not have reached Mind.
 */
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

/** A batch's columns but its content (which a batch already holds; a detail does not show it). */
const BATCH_COLUMNS = [
  'id',
  'message_id',
  'batch_index',
  'request_id',
  'receive_ids',
  'status',
  'code',
  'msg',
  'error',
  'attempts',
  'updated_at',
] as const;

const selectSend = compileOnce(['id'], (db, values) =>
  db.selectFrom('messages').selectAll().where('id', '=', values.id),
);
const selectBatches = compileOnce(['id'], (db, values) =>
  db
    .selectFrom('batches')
    .select(BATCH_COLUMNS)
    .where('message_id', '=', values.id)
    .orderBy('batch_index'),
);

/** One send with its batches; `unwritten` outcomes are shown over their rows. */
export async function getSend(
  db: Db,
  id: string,
  unwritten = none,
): Promise<MessageDetail | undefined> {
  const [message] = (await selectSend(db, { id })).rows;
  if (!message) return undefined;
  const { rows } = await selectBatches(db, { id });
  return toDetail(
    message,
    rows.map((row) => {
      const kept = unwritten.get(row.id);
      return kept ? { ...row, ...outcomeColumns(kept.outcome, kept.at) } : row;
    }),
  );
}

type DetailBatchRow = Pick<BatchRow, (typeof BATCH_COLUMNS)[number]>;

/** A send's detail from its row and its batches' rows (in `batch_index` order). */
function toDetail(message: MessageRow, batches: DetailBatchRow[]): MessageDetail {
  const counts = countStatuses(batches.map((batch) => ({ status: batch.status, count: 1 })));
  const recipients = JSON.parse(message.recipients) as string[];
  return {
    ...toSummary(message, counts),
    content: parseExactJson(message.content),
    receiveType: message.receive_type,
    personal: message.personal === null ? null : (JSON.parse(message.personal) as PersonalSummary),
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

/** Where one send stands: its counts and outcome, without its content, recipients or batches. */
export async function getProgress(
  db: Db,
  id: string,
  unwritten = none,
): Promise<SendProgress | undefined> {
  const message = await db
    .selectFrom('messages')
    .select(['id', 'send_at', 'cancelled_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!message) return undefined;
  const rows = await db
    .selectFrom('batches')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .where('message_id', '=', id)
    .groupBy('status')
    .execute();
  for (const kept of unwritten.values()) {
    if (kept.messageId !== id) continue;
    rows.push({ status: 'pending', count: -1 }, { status: kept.outcome.status, count: 1 });
  }
  const counts = countStatuses(rows);
  const total = counts.pending + counts.sent + counts.failed + counts.unknown;
  return {
    id: message.id,
    outcome: outcomeOf(counts, { sendAt: message.send_at, cancelledAt: message.cancelled_at }),
    counts,
    progress: { done: total - counts.pending, total },
    sendAt: message.send_at,
    updatedAt: message.updated_at,
  };
}

export async function listSends(
  db: Db,
  page: number,
  pageSize: number,
  unwritten = none,
): Promise<MessagesPage> {
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
      'send_at',
      'cancelled_at',
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
  for (const { messageId, outcome } of unwritten.values()) {
    if (!ids.includes(messageId)) continue;
    rows.push({ message_id: messageId, status: 'pending', count: -1 });
    rows.push({ message_id: messageId, status: outcome.status, count: 1 });
  }
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
    const key = row.status as keyof SendCounts;
    if (key in counts) counts[key] += Number(row.count);
  }
  return counts;
}

/**
 * The overall outcome from the batch counts (see `SEND_OUTCOMES`), and for a scheduled send its
 * time and cancellation: `scheduled` while its time is ahead and no batch has ended.
 */
export function outcomeOf(
  counts: SendCounts,
  schedule: { sendAt?: string | null; cancelledAt?: string | null } = {},
  now = new Date().toISOString(),
): SendOutcome {
  if (schedule.cancelledAt) return 'cancelled';
  const total = counts.pending + counts.sent + counts.failed + counts.unknown;
  if (schedule.sendAt && schedule.sendAt > now && counts.pending === total) return 'scheduled';
  if (counts.pending > 0) return 'sending';
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
  | 'send_at'
  | 'cancelled_at'
>;

function toSummary(message: SummaryRow, counts: SendCounts): MessageSummary {
  const total = counts.pending + counts.sent + counts.failed + counts.unknown;
  const kind = message.audience_kind as MessageSummary['audience']['kind'];
  return {
    id: message.id,
    clientId: message.client_id,
    msgType: message.msg_type as MessageSummary['msgType'],
    channel: channelOfAudience(kind),
    audience: {
      kind,
      count: message.recipient_count,
      sample: JSON.parse(message.recipient_sample) as string[],
    },
    outcome: outcomeOf(counts, { sendAt: message.send_at, cancelledAt: message.cancelled_at }),
    counts,
    progress: { done: total - counts.pending, total },
    sender: message.sender,
    sendAt: message.send_at,
    createdAt: message.created_at,
    updatedAt: message.updated_at,
  };
}

/** What became of a request to change or cancel a scheduled send. */
export type ScheduleChange =
  { kind: 'done' } | { kind: 'not-found' | 'not-scheduled' | 'started' | 'cancelled' };

class Started extends Error {}

/**
 * Cancels a scheduled send (`sendAt` null) or moves it to `sendAt`, only while none of its
 * batches has begun: every one `pending`, held by no worker, never attempted. All its batches
 * change in one transaction or none do. A worker claiming at the same moment either holds a
 * batch first (then this finds it held and changes nothing: `started`) or, on PostgreSQL,
 * skips the rows this transaction has locked (`skip locked`) and claims nothing of this send.
 */
export async function changeSchedule(
  db: Db,
  id: string,
  sendAt: Date | null,
): Promise<ScheduleChange> {
  const postgres = dialectOf(db) === 'postgres';
  try {
    return await db.transaction().execute(async (trx): Promise<ScheduleChange> => {
      const message = await trx
        .selectFrom('messages')
        .select(['send_at', 'cancelled_at'])
        .where('id', '=', id)
        .$if(postgres, (query) => query.forUpdate())
        .executeTakeFirst();
      if (!message) return { kind: 'not-found' };
      if (message.cancelled_at) return { kind: 'cancelled' };
      if (!message.send_at) return { kind: 'not-scheduled' };
      const time = now();
      const changed = await trx
        .updateTable('batches')
        .set(
          sendAt === null
            ? { status: 'cancelled', updated_at: time }
            : { not_before: sendAt.toISOString(), updated_at: time },
        )
        .where('message_id', '=', id)
        .where('status', '=', 'pending')
        .where('lease_owner', 'is', null)
        .where('attempts', '=', 0)
        .executeTakeFirst();
      const { total } = await trx
        .selectFrom('batches')
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .where('message_id', '=', id)
        .executeTakeFirstOrThrow();
      // Some batch is held or done: the send has begun, and nothing may change.
      if (Number(changed.numUpdatedRows) !== Number(total)) throw new Started();
      await trx
        .updateTable('messages')
        .set(
          sendAt === null
            ? { cancelled_at: time, updated_at: time }
            : { send_at: sendAt.toISOString(), updated_at: time },
        )
        .where('id', '=', id)
        .execute();
      return { kind: 'done' };
    });
  } catch (error) {
    if (error instanceof Started) return { kind: 'started' };
    throw error;
  }
}
