import { sql, type Selectable } from 'kysely';
import {
  BATCH_PAGE_SIZE,
  channelOfAudience,
  type Batch,
  type BatchesPage,
  type BatchStatus,
  type MessageDetail,
  type MessageSummary,
  type MessagesPage,
  type SendCounts,
  type SendOutcome,
  type SendProgress,
} from '../../src/api/schemas';
import { parseExactJson } from '../../src/mind';
import { personalSummarySchema } from '../../src/api/personal';
import { compileOnce } from './compileOnce';
import { dialectOf, type BatchesTable, type Db, type MessagesTable } from './db';
import { sqliteNow, transactionNow } from './sqliteNow';
import { BEING_WRITTEN, DETAIL_RECIPIENTS, sendsBeingWritten } from './writeSend';
import { codeColumn, readJsonColumn, stringsColumn } from './readJsonColumn';

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
  const sqlite = sqliteNow(db);
  if (sqlite) {
    transactionNow(sqlite, () => {
      updateOutcome.now(db, { ...outcomeColumns(outcome, time), id: batch.id });
      touch.now(db, { updated_at: now(), id: batch.message_id });
    });
    return;
  }
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
    // A send still being written was never begun (writeSend.ts).
    .where('message_id', 'not in', sendsBeingWritten(db))
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

/** One batch as the API shows it, with its outcome kept in memory (if any) over its row. */
function toBatch(
  row: Pick<BatchRow, (typeof BATCH_COLUMNS)[number]>,
  unwritten: UnwrittenOutcomes,
): Batch {
  const kept = unwritten.get(row.id);
  const batch = kept ? { ...row, ...outcomeColumns(kept.outcome, kept.at) } : row;
  return {
    index: batch.batch_index,
    requestId: batch.request_id,
    receiveIds:
      batch.receive_ids === null ? null : readJsonColumn(batch.receive_ids, stringsColumn),
    status: batch.status as BatchStatus,
    code: batch.code === null ? null : readJsonColumn(batch.code, codeColumn),
    msg: batch.msg,
    error: batch.error,
    attempts: batch.attempts,
    updatedAt: batch.updated_at,
  };
}

// A send's page polls these while it goes out: built and compiled once (compileOnce).
const countByStatus = compileOnce(['id'], (db, values) =>
  db
    .selectFrom('batches')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .where('message_id', '=', values.id)
    .groupBy('status'),
);
const detailOf = compileOnce(['id'], (db, values) =>
  db
    .selectFrom('messages')
    .select([...SUMMARY_COLUMNS, 'content', 'receive_type', 'personal', 'recipients'])
    .where('id', '=', values.id)
    .where('writing', '=', 0),
);
const firstBatches = compileOnce(['id'], (db, values) =>
  db
    .selectFrom('batches')
    .select(BATCH_COLUMNS)
    .where('message_id', '=', values.id)
    .orderBy('batch_index')
    // In the SQL, not bound: SQLite ran it three times as long with `limit ?` (14 µs, not 5).
    .limit(sql.lit(BATCH_PAGE_SIZE)),
);

/** A send's batches counted by status (outcomes kept in memory counted as such). */
async function countBatches(
  db: Db,
  id: string,
  unwritten: UnwrittenOutcomes,
): Promise<{ counts: SendCounts; all: number }> {
  const { rows } = await countByStatus(db, { id });
  return countsOf(rows, id, unwritten);
}

/** Counts by status, with the outcomes kept in memory for send `id` counted over their rows. */
function countsOf(
  rows: { status: string; count: number | bigint }[],
  id: string,
  unwritten: UnwrittenOutcomes,
): { counts: SendCounts; all: number } {
  const all = rows.reduce((sum, row) => sum + Number(row.count), 0);
  const kept = [...rows];
  for (const { messageId, outcome } of unwritten.values()) {
    if (messageId !== id) continue;
    kept.push({ status: 'pending', count: -1 }, { status: outcome.status, count: 1 });
  }
  return { counts: countStatuses(kept), all };
}

/**
 * One send: its summary, content, first recipients and first page of batches (the size of a
 * send of 100,000 is that of a send of 100); `unwritten` outcomes are shown over their rows.
 */
export async function getSend(
  db: Db,
  id: string,
  unwritten = none,
): Promise<MessageDetail | undefined> {
  // Every batch on the first page (most sends): counted from it, a statement less.
  const countedFrom = (rows: { status: string }[]) =>
    countsOf(
      rows.map((row) => ({ status: row.status, count: 1 })),
      id,
      unwritten,
    );
  const sqlite = sqliteNow(db);
  const read = sqlite
    ? transactionNow(sqlite, () => {
        const [message] = detailOf.now(db, { id }).rows;
        if (!message) return undefined;
        const { rows } = firstBatches.now(db, { id });
        const counted =
          rows.length < BATCH_PAGE_SIZE
            ? countedFrom(rows)
            : countsOf(countByStatus.now(db, { id }).rows, id, unwritten);
        return { message, rows, ...counted };
      })
    : await inOneSnapshot(db, async (trx) => {
        const [message] = (await detailOf(trx, { id })).rows;
        if (!message) return undefined;
        const { rows } = await firstBatches(trx, { id });
        const counted =
          rows.length < BATCH_PAGE_SIZE
            ? countedFrom(rows)
            : await countBatches(trx, id, unwritten);
        return { message, rows, ...counted };
      });
  if (!read) return undefined;
  const { message, rows, counts, all } = read;
  return toDetail(message, rows, counts, all, unwritten);
}

/** The columns of a send's detail (`getSend`). */
type DetailRow = SummaryRow &
  Pick<MessageRow, 'content' | 'receive_type' | 'personal' | 'recipients'>;

function toDetail(
  message: DetailRow,
  rows: Pick<BatchRow, (typeof BATCH_COLUMNS)[number]>[],
  counts: SendCounts,
  all: number,
  unwritten: UnwrittenOutcomes,
): MessageDetail {
  return {
    ...toSummary(message, counts),
    content: parseExactJson(message.content),
    receiveType: message.receive_type,
    personal:
      message.personal === null ? null : readJsonColumn(message.personal, personalSummarySchema),
    // A send recorded before `0009` keeps every recipient here.
    recipients: readJsonColumn(message.recipients, stringsColumn).slice(0, DETAIL_RECIPIENTS),
    batches: rows.map((row) => toBatch(row, unwritten)),
    batchCount: all,
  };
}

/**
 * A send just recorded whole in one transaction, from the rows it wrote (`createSend`'s `row`
 * and every batch, as `held`): what `getSend` would read back at once, without reading it.
 */
export function createdDetail(
  message: Omit<DetailRow, 'cancelled_at'>,
  batches: readonly BatchRow[],
): MessageDetail {
  const { counts, all } = countsOf(
    batches.map((batch) => ({ status: batch.status, count: 1 })),
    message.id,
    none,
  );
  return toDetail(
    { ...message, cancelled_at: null },
    batches.slice(0, BATCH_PAGE_SIZE),
    counts,
    all,
    none,
  );
}

/** `GET /api/messages/:id/batches`: one page of a send's batches, of some statuses or all. */
export async function listBatches(
  db: Db,
  id: string,
  query: { page: number; pageSize: number; statuses?: readonly BatchStatus[] },
  unwritten = none,
): Promise<BatchesPage | undefined> {
  const message = await db
    .selectFrom('messages')
    .select('id')
    .where('id', '=', id)
    .where('writing', '=', 0)
    .executeTakeFirst();
  if (!message) return undefined;
  const statuses = query.statuses?.length ? query.statuses : undefined;
  const matching = db
    .selectFrom('batches')
    .where('message_id', '=', id)
    .$if(statuses !== undefined, (select) => select.where('status', 'in', statuses ?? []));
  const { total } = await matching
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await matching
    .select(BATCH_COLUMNS)
    .orderBy('batch_index')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map((row) => toBatch(row, unwritten)),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(total),
  };
}

/** Where one send stands: its counts and outcome, without its content, recipients or batches. */
export async function getProgress(
  db: Db,
  id: string,
  unwritten = none,
): Promise<SendProgress | undefined> {
  const read = await inOneSnapshot(db, async (trx) => {
    const message = await trx
      .selectFrom('messages')
      .select(['id', 'send_at', 'cancelled_at', 'updated_at'])
      .where('id', '=', id)
      .where('writing', '=', 0)
      .executeTakeFirst();
    return message && { message, ...(await countBatches(trx, id, unwritten)) };
  });
  if (!read) return undefined;
  const { message, counts } = read;
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

/**
 * How many sends the history holds: every send less those still being written. Both counts read
 * an index (the second the small one of sends being written); `where writing = 0` read every row.
 */
export const historyTotal = (db: Db) =>
  db.selectNoFrom((eb) =>
    eb(
      eb.selectFrom('messages').select(eb.fn.countAll<number>().as('n')),
      '-',
      eb
        .selectFrom('messages')
        .select(eb.fn.countAll<number>().as('n'))
        .where('writing', '=', BEING_WRITTEN),
    ).as('total'),
  );

/**
 * A page of the history, newest first: every column but the full recipient list, which a list
 * does not show. It walks `messages_created_at` in order and stops at the page's end.
 */
export const historyPage = (db: Db, page: number, pageSize: number) =>
  db
    .selectFrom('messages')
    .select(SUMMARY_COLUMNS)
    .where('writing', '=', 0)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize);

export async function listSends(
  db: Db,
  page: number,
  pageSize: number,
  unwritten = none,
): Promise<MessagesPage> {
  const { total, messages, ids, rows } = await inOneSnapshot(db, async (trx) => {
    const { total } = await historyTotal(trx).executeTakeFirstOrThrow();
    const messages = await historyPage(trx, page, pageSize).execute();
    const ids = messages.map((message) => message.id);
    const rows = ids.length
      ? await trx
          .selectFrom('batches')
          .select((eb) => ['message_id', 'status', eb.fn.countAll<number>().as('count')])
          .where('message_id', 'in', ids)
          .groupBy(['message_id', 'status'])
          .execute()
      : [];
    return { total, messages, ids, rows };
  });
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

/**
 * Reads a send's row and its batches as of one moment: a batch finishing between the two reads
 * would show a settled send with the `updatedAt` of before (on SQLite a transaction holds the
 * one connection; on PostgreSQL `repeatable read` gives every statement the same snapshot).
 */
function inOneSnapshot<T>(db: Db, read: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').execute(read);
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

/** What a summary is made of: never the full recipient list. */
const SUMMARY_COLUMNS = [
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
] as const;

type SummaryRow = Pick<MessageRow, (typeof SUMMARY_COLUMNS)[number]>;

function toSummary(message: SummaryRow, counts: SendCounts): MessageSummary {
  const total = counts.pending + counts.sent + counts.failed + counts.unknown;
  const kind = message.audience_kind;
  return {
    id: message.id,
    clientId: message.client_id,
    msgType: message.msg_type,
    channel: channelOfAudience(kind),
    audience: {
      kind,
      count: message.recipient_count,
      sample: readJsonColumn(message.recipient_sample, stringsColumn),
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
        .where('writing', '=', 0)
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
