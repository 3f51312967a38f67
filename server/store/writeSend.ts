import { sql, type Kysely, type Transaction } from 'kysely';
import type { MessageSummary } from '../../src/api/schemas';
import type { PersonalSummary } from '../../src/api/personal';
import { stringifyJson } from '../../src/mind';
import { yieldToLoop } from '../yieldToLoop';
import type { DatabaseSchema, Db } from './db';
import type { BatchRow } from './messageStore';
import { compileOnce } from './compileOnce';
import { sqliteNow, transactionNow } from './sqliteNow';

/*
 * Accepting a send (docs/server.md#big-sends). A small send is one transaction. A big one (more
 * batches or recipients than one chunk) is written a chunk at a time, each chunk its own
 * transaction with the event loop free between them, so other requests (and, on SQLite, other
 * writers) go on meanwhile. Until its last chunk is in, the send is `writing`: every read
 * leaves it out and its batches have the status `writing`, which no worker claims. One last
 * transaction makes it whole: its batches `pending`, the send visible. A crash before that
 * leaves a `writing` send nobody sees or sends, deleted once it has made no progress for
 * `ABANDONED_AFTER_MS` (`discardAbandonedSends`). `messages.recipients` keeps the first
 * `DETAIL_RECIPIENTS` only: every recipient is in the batches (or `send_recipients`).
 */

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
  /**
   * A small send's batches held at once by this worker (`batchQueue.ts`), as a claim right
   * after would: `CreatedSend.held` returns them. A big one's are claimed once it is whole.
   */
  lease?: { owner: string; until: string };
  /**
   * A held send of one batch whose first request goes out as soon as it is recorded: the time
   * it began, written with it (its first attempt counted), as `startClaimed` would write just
   * after (sender.ts).
   */
  begun?: string;
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

/** How many recipients a send's summary shows (the history list). */
export const RECIPIENT_SAMPLE_SIZE = 3;
/** How many recipients a send's detail shows (`GET /api/messages/:id`); the ledger has them all. */
export const DETAIL_RECIPIENTS = 100;
/** Batch rows per chunk (up to 5,000 recipients); PostgreSQL takes 65,535 parameters at most. */
const BATCHES_PER_CHUNK = 50;
/** A personal send's recipient rows per chunk. */
const PEOPLE_PER_CHUNK = 1000;
/**
 * `writing = 1` as the partial index `messages_writing` states it (migration 0012): with the 1 in
 * the SQL, not bound, SQLite knows at once that the index serves the query.
 */
export const BEING_WRITTEN = sql.lit(1);

/** The ids of the sends still being written, which no worker claims and no read shows. */
export const sendsBeingWritten = (db: Kysely<DatabaseSchema>) =>
  db.selectFrom('messages').select('id').where('writing', '=', BEING_WRITTEN);

/** A send still `writing` with no chunk written for this long was abandoned by a crash. */
export const ABANDONED_AFTER_MS = 60_000;

const now = () => new Date().toISOString();

export type CreatedSend =
  | {
      id: string;
      created: boolean;
      fingerprint: string;
      writing?: false;
      held?: BatchRow[];
      /** A small send just recorded: its row as written (`createdDetail`). */
      row?: MessageRowWritten;
    }
  /** The clientId's send is still being written (by this server or another). */
  | { id: string; created: false; fingerprint: string; writing: true };

type Trx = Transaction<DatabaseSchema>;

/**
 * Records a send and its batches, all `pending`, as one whole: no read shows it and no worker
 * claims it before every row is in. When `clientId` was already used, records nothing and
 * returns the earlier send's id and fingerprint (also when two servers on one database are
 * given it at the same moment: the unique key decides).
 */
export async function createSend(
  db: Db,
  send: NewSend,
  /** Awaited before each chunk of a big send (a test looks at a send half written). */
  { beforeChunk = yieldToLoop }: { beforeChunk?: () => Promise<void> } = {},
): Promise<CreatedSend> {
  const time = now();
  const batchRows = send.batches.map((batch, index) => ({
    index,
    batch,
  }));
  const people = send.personal?.recipients ?? [];
  const small = batchRows.length <= BATCHES_PER_CHUNK && people.length <= PEOPLE_PER_CHUNK;
  const found = (row: { id: string; fingerprint: string; writing: number }): CreatedSend =>
    row.writing
      ? { id: row.id, fingerprint: row.fingerprint, created: false, writing: true }
      : { id: row.id, fingerprint: row.fingerprint, created: false };
  const message = messageRow(send, time, small ? 0 : 1);
  // A small send of no people (most): at once on SQLite (sqliteNow.ts), the same statements.
  const sqlite = small && !people.length ? sqliteNow(db) : undefined;
  const first = sqlite
    ? transactionNow(sqlite, (): CreatedSend => {
        const earlier = () =>
          send.clientId === null
            ? undefined
            : earlierSend.now(db, { client_id: send.clientId }).rows[0];
        const existing = earlier();
        if (existing) return found(existing);
        if (send.clientId === null) insertMessage.now(db, message);
        else if (Number(insertMessageOnce.now(db, message).numAffectedRows) !== 1) {
          const taken = earlier();
          if (!taken) throw new Error('a clientId both taken and not found');
          return found(taken);
        }
        // The row as written, with the id SQLite gave it (`returning *` made the insert take
        // a third as long again).
        const held = batchRows.map(({ index, batch }): BatchRow => {
          const row = batchRow(send, index, batch, time, send.lease);
          const { insertId } = insertBatch.now(db, row);
          return { ...row, id: Number(insertId), code: null, msg: null, error: null };
        });
        return {
          id: send.id,
          created: true,
          fingerprint: send.fingerprint,
          row: message,
          ...(send.lease ? { held } : {}),
        };
      })
    : await db.transaction().execute(async (trx): Promise<CreatedSend | null> => {
        const earlier = () =>
          send.clientId === null
            ? undefined
            : trx
                .selectFrom('messages')
                .select(['id', 'fingerprint', 'writing'])
                .where('client_id', '=', send.clientId)
                .executeTakeFirst();
        const existing = await earlier();
        if (existing) return found(existing);
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
            return found(taken);
          }
        }
        if (!small) return null;
        const held = await insertBatches(trx, send, batchRows, time, send.lease);
        await insertPeople(trx, send.id, people, 0);
        return {
          id: send.id,
          created: true,
          fingerprint: send.fingerprint,
          row: message,
          ...(send.lease ? { held } : {}),
        };
      });
  if (first) return first;

  try {
    for (let start = 0; start < batchRows.length; start += BATCHES_PER_CHUNK) {
      await beforeChunk();
      await db.transaction().execute(async (trx) => {
        await insertBatches(trx, send, batchRows.slice(start, start + BATCHES_PER_CHUNK), time);
        await heartbeat(trx, send.id);
      });
    }
    for (let start = 0; start < people.length; start += PEOPLE_PER_CHUNK) {
      await beforeChunk();
      await db.transaction().execute(async (trx) => {
        await insertPeople(trx, send.id, people.slice(start, start + PEOPLE_PER_CHUNK), start);
        await heartbeat(trx, send.id);
      });
    }
    await beforeChunk();
    // The send becomes whole in one row: its batches were written `pending` already, and no
    // worker claims a batch of a send still `writing` (batchQueue.ts). Making 1,000 batches
    // `pending` here instead rewrote every batch row (its recipients with it) and held the event
    // loop for 30–40 ms.
    await db
      .updateTable('messages')
      .set({ writing: 0, updated_at: now() })
      .where('id', '=', send.id)
      .execute();
  } catch (error) {
    // Nothing of it is seen or sent; what was written goes (or, if this fails too, later).
    await db
      .deleteFrom('messages')
      .where('id', '=', send.id)
      .where('writing', '=', 1)
      .execute()
      .catch(() => undefined);
    throw error;
  }
  return { id: send.id, created: true, fingerprint: send.fingerprint };
}

/** A send's row in `messages`, as written. */
export type MessageRowWritten = ReturnType<typeof messageRow>;

/** A send's row in `messages`. */
function messageRow(send: NewSend, time: string, writing: number) {
  // Whom it goes to: not the people a personal send skips for a missing value (its ledger names
  // them). `recipients` keeps everyone it named, in order, so that a copy brings them all back.
  const skipped = new Set(
    send.personal?.recipients
      .filter((person) => person.skipped !== null)
      .map((person) => person.openId),
  );
  const goingTo = skipped.size ? send.recipients.filter((id) => !skipped.has(id)) : send.recipients;
  return {
    id: send.id,
    client_id: send.clientId,
    fingerprint: send.fingerprint,
    msg_type: send.msgType,
    content: stringifyJson(send.content),
    receive_type: send.receiveType,
    audience_kind: send.audienceKind,
    // The first only: all of them are in the batches (or send_recipients), and writing
    // 100,000 here again held the event loop for 25–50 ms.
    recipients: JSON.stringify(send.recipients.slice(0, DETAIL_RECIPIENTS)),
    recipient_count: goingTo.length,
    recipient_sample: JSON.stringify(goingTo.slice(0, RECIPIENT_SAMPLE_SIZE)),
    sender: send.sender,
    created_at: time,
    updated_at: time,
    send_at: send.sendAt?.toISOString() ?? null,
    personal: send.personal ? JSON.stringify(send.personal.summary) : null,
    writing,
  };
}

/** One batch's row; with a `lease`, held by its owner. */
function batchRow(
  send: NewSend,
  index: number,
  batch: NewSend['batches'][number],
  time: string,
  lease?: { owner: string; until: string },
) {
  return {
    message_id: send.id,
    batch_index: index,
    request_id: batch.requestId,
    receive_ids: batch.receiveIds === null ? null : JSON.stringify(batch.receiveIds),
    content: batch.content === undefined ? null : stringifyJson(batch.content),
    status: 'pending' as const,
    attempts: send.begun && lease ? 1 : 0,
    updated_at: time,
    not_before: send.sendAt?.toISOString() ?? null,
    lease_owner: lease?.owner ?? null,
    lease_until: lease?.until ?? null,
    started_at: send.begun && lease ? send.begun : null,
  };
}

type MessageColumn = keyof ReturnType<typeof messageRow>;
const MESSAGE_COLUMNS: MessageColumn[] = [
  'id',
  'client_id',
  'fingerprint',
  'msg_type',
  'content',
  'receive_type',
  'audience_kind',
  'recipients',
  'recipient_count',
  'recipient_sample',
  'sender',
  'created_at',
  'updated_at',
  'send_at',
  'personal',
  'writing',
];
type BatchColumn = keyof ReturnType<typeof batchRow>;
const BATCH_COLUMNS: BatchColumn[] = [
  'message_id',
  'batch_index',
  'request_id',
  'receive_ids',
  'content',
  'status',
  'attempts',
  'updated_at',
  'not_before',
  'lease_owner',
  'lease_until',
  'started_at',
];

// A small send's statements, built and compiled once (compileOnce), run at once on SQLite.
const earlierSend = compileOnce(['client_id'], (db, values) =>
  db
    .selectFrom('messages')
    .select(['id', 'fingerprint', 'writing'])
    .where('client_id', '=', values.client_id),
);
const insertMessage = compileOnce(MESSAGE_COLUMNS, (db, values) =>
  db.insertInto('messages').values(values),
);
const insertMessageOnce = compileOnce(MESSAGE_COLUMNS, (db, values) =>
  db
    .insertInto('messages')
    .values(values)
    .onConflict((conflict) => conflict.column('client_id').doNothing()),
);
const insertBatch = compileOnce(BATCH_COLUMNS, (db, values) =>
  db.insertInto('batches').values(values),
);

/** Inserts batch rows; with a `lease`, held by its owner, and returned in batch order. */
async function insertBatches(
  trx: Trx,
  send: NewSend,
  rows: { index: number; batch: NewSend['batches'][number] }[],
  time: string,
  lease?: { owner: string; until: string },
): Promise<BatchRow[]> {
  if (!rows.length) return [];
  const insert = trx
    .insertInto('batches')
    .values(rows.map(({ index, batch }) => batchRow(send, index, batch, time, lease)));
  if (!lease) {
    await insert.execute();
    return [];
  }
  // RETURNING keeps no order.
  const held = await insert.returningAll().execute();
  return held.sort((left, right) => left.batch_index - right.batch_index);
}

async function insertPeople(
  trx: Trx,
  messageId: string,
  people: NonNullable<NewSend['personal']>['recipients'],
  firstPosition: number,
): Promise<void> {
  if (!people.length) return;
  await trx
    .insertInto('send_recipients')
    .values(
      people.map((person, offset) => ({
        message_id: messageId,
        position: firstPosition + offset,
        open_id: person.openId,
        field_values: JSON.stringify(person.values),
        batch_index: person.batchIndex,
        skipped: person.skipped,
      })),
    )
    .execute();
}

/** A chunk is in: the send is still being written, not abandoned. */
async function heartbeat(trx: Trx, messageId: string): Promise<void> {
  await trx
    .updateTable('messages')
    .set({ updated_at: now() })
    .where('id', '=', messageId)
    .execute();
}

/**
 * Deletes sends left `writing` by a server that stopped mid-acceptance (no chunk for
 * `ABANDONED_AFTER_MS`), with their batches and recipients; how many.
 */
export async function discardAbandonedSends(
  db: Db,
  at = Date.now(),
  afterMs = ABANDONED_AFTER_MS,
): Promise<number> {
  const result = await db
    .deleteFrom('messages')
    .where('writing', '=', BEING_WRITTEN)
    .where('updated_at', '<', new Date(at - afterMs).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
