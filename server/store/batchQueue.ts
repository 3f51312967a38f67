import { compileOnce } from './compileOnce';
import type { Kysely } from 'kysely';
import { dialectOf, type DatabaseSchema, type Db } from './db';
import type { BatchRow } from './messageStore';
import { sendsBeingWritten } from './writeSend';

/*
 * Batches as jobs in the database, for servers that share one (the sender's use of them:
 * server/sender.ts, docs/server.md). A worker claims `pending` batches nobody holds,
 * with a lease it renews while they are out; on PostgreSQL the claim skips rows another
 * worker is claiming at that moment (`for update skip locked`), on SQLite one writer at a time
 * gives the same result in one process.
 */

const at = (time: number) => new Date(time).toISOString();

export const LEASE_EXPIRED_IN_FLIGHT =
  'The server sending this batch stopped answering before its outcome was known; retry sends it again with the same request id.';

type ClaimValues = Record<'owner' | 'leaseUntil' | 'now' | 'limit', never>;

/** The claim as one statement: an update of the free batches the subquery picks. */
function claimStatement(db: Kysely<DatabaseSchema>, values: ClaimValues, messageId?: never) {
  const free = db
    .selectFrom('batches')
    .select('id')
    .where('status', '=', 'pending')
    .where('lease_owner', 'is', null)
    // A send still being written (writeSend.ts) is claimed once it is whole.
    .where('message_id', 'not in', sendsBeingWritten(db))
    // A scheduled send's batches wait for its time.
    .where((eb) => eb.or([eb('not_before', 'is', null), eb('not_before', '<=', values.now)]))
    .$if(messageId !== undefined, (query) => query.where('message_id', '=', messageId as never))
    .orderBy('id')
    .limit(values.limit)
    .$if(dialectOf(db) === 'postgres', (query) => query.forUpdate().skipLocked());
  return db
    .updateTable('batches')
    .set({
      lease_owner: values.owner,
      lease_until: values.leaseUntil,
      started_at: null,
      updated_at: values.now,
    })
    .where('id', 'in', free)
    .returningAll();
}
// Workers claim all the time: built and compiled once per dialect (compileOnce).
const claimAny = compileOnce(['owner', 'leaseUntil', 'now', 'limit'], claimStatement);
const claimOfSend = compileOnce(
  ['owner', 'leaseUntil', 'now', 'limit', 'messageId'],
  (db, values) => claimStatement(db, values, values.messageId),
);

/**
 * Up to `limit` pending batches nobody holds (of one send, with `messageId`), oldest first, now
 * held by `owner` for `leaseMs`.
 */
export async function claimBatches(
  db: Db,
  owner: string,
  limit: number,
  leaseMs: number,
  now = Date.now(),
  messageId?: string,
): Promise<BatchRow[]> {
  const values = { owner, leaseUntil: at(now + leaseMs), now: at(now), limit };
  const { rows } =
    messageId === undefined
      ? await claimAny(db, values)
      : await claimOfSend(db, { ...values, messageId });
  return rows.sort((left, right) => left.id - right.id);
}

/**
 * Marks a held batch as going out to Mind now, counting the attempt. False when `owner` no
 * longer holds it (its lease ran out and it was released or taken): then it must not be sent.
 */
const markStarted = compileOnce(
  ['started_at', 'attempts', 'updated_at', 'id', 'owner'],
  (db, values) =>
    db
      .updateTable('batches')
      .set({
        started_at: values.started_at,
        attempts: values.attempts,
        updated_at: values.updated_at,
      })
      .where('id', '=', values.id)
      .where('status', '=', 'pending')
      .where('lease_owner', '=', values.owner),
);

export async function startClaimed(
  db: Db,
  batchId: number,
  owner: string,
  attempts: number,
  now = Date.now(),
): Promise<boolean> {
  const result = await markStarted(db, {
    started_at: at(now),
    attempts,
    updated_at: at(now),
    id: batchId,
    owner,
  });
  return Number(result.numAffectedRows) === 1;
}

/** Extends the lease of every pending batch `owner` holds; how many. */
export async function renewLeases(
  db: Db,
  owner: string,
  leaseMs: number,
  now = Date.now(),
): Promise<number> {
  const result = await db
    .updateTable('batches')
    .set({ lease_until: at(now + leaseMs) })
    .where('status', '=', 'pending')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Leases that ran out: a batch whose request had gone out becomes `unknown` (never sent again
 * silently); one never sent is released for any worker to claim.
 */
export async function expireLeases(
  db: Db,
  now = Date.now(),
  { all = false }: { all?: boolean } = {},
): Promise<{ unknown: number; released: number }> {
  return db.transaction().execute(async (trx) => {
    const expired = trx
      .updateTable('batches')
      .where('status', '=', 'pending')
      .where('lease_owner', 'is not', null)
      .$if(!all, (query) => query.where('lease_until', '<', at(now)));
    const unknown = await expired
      .set({
        status: 'unknown',
        error: LEASE_EXPIRED_IN_FLIGHT,
        lease_owner: null,
        lease_until: null,
        updated_at: at(now),
      })
      .where('started_at', 'is not', null)
      .executeTakeFirst();
    const released = await expired
      .set({ lease_owner: null, lease_until: null, updated_at: at(now) })
      .where('started_at', 'is', null)
      .executeTakeFirst();
    return { unknown: Number(unknown.numUpdatedRows), released: Number(released.numUpdatedRows) };
  });
}

export const STOPPED_IN_FLIGHT =
  'The server stopped before this batch’s outcome was known; retry sends it again with the same request id.';

/**
 * The end of `owner`'s work (a stop): its batches not begun go back for any worker, those that
 * went out become `unknown` (with `inFlight`; a stop's grace period ran out), else they stay
 * held until their outcome is written. How many of each.
 */
export async function releaseLeases(
  db: Db,
  owner: string,
  { inFlight = false }: { inFlight?: boolean } = {},
  now = Date.now(),
): Promise<{ unknown: number; released: number }> {
  return db.transaction().execute(async (trx) => {
    const held = trx
      .updateTable('batches')
      .where('status', '=', 'pending')
      .where('lease_owner', '=', owner);
    const unknown = inFlight
      ? await held
          .set({
            status: 'unknown',
            error: STOPPED_IN_FLIGHT,
            lease_owner: null,
            lease_until: null,
            updated_at: at(now),
          })
          .where('started_at', 'is not', null)
          .executeTakeFirst()
      : { numUpdatedRows: 0n };
    const released = await held
      .set({ lease_owner: null, lease_until: null, updated_at: at(now) })
      .where('started_at', 'is', null)
      .executeTakeFirst();
    return { unknown: Number(unknown.numUpdatedRows), released: Number(released.numUpdatedRows) };
  });
}
