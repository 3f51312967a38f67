import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { MessageDetail, SendRequest } from '../src/api/schemas';
import { endpointOf, parseExactJson } from '../src/mind';
import type { MindClient, MindResult } from './mindClient';
import { newId } from './ids';
import type { Pacer } from './pacer';
import { createOutcomeRecorder } from './outcomeRecorder';
import { buildWireBody, planPersonalBatches, planSendInChunks } from './planSend';
import type { Db } from './store/db';
import {
  claimBatches,
  expireLeases,
  releaseLeases,
  renewLeases,
  startClaimed,
} from './store/batchQueue';
import { createSend, discardAbandonedSends } from './store/writeSend';
import { sqliteNow } from './store/sqliteNow';
import {
  claimForRetry,
  createdDetail,
  getProgress,
  getSend,
  recordAttempt,
  type BatchOutcome,
  type BatchRow,
  type UnwrittenOutcomes,
} from './store/messageStore';
import { describeWriteFailure, type StorageFailure } from './storageFailure';
import { yieldToLoop } from './yieldToLoop';
import type { PreparedSend } from './prepareSend';
import { readJsonColumn, stringsColumn } from './store/readJsonColumn';

export interface SenderOptions {
  db: Db;
  mind: MindClient;
  batchSize: number;
  /** Batches in flight at once in this server, all sends together. */
  concurrency: number;
  /** How long a claim on a batch holds without renewal (see batchQueue.ts). */
  leaseMs: number;
  logger: FastifyBaseLogger;
  /** Takes a turn before each request to Mind (server/pacer.ts); none: no pacing. */
  pacer?: Pacer;
  /** This server's name on the leases it holds; a new one per process by default. */
  workerId?: string;
}

export type SendStart =
  | { kind: 'started' | 'replayed'; detail: MessageDetail }
  | { kind: 'client-id-reused'; id: string }
  /** The clientId's first send is still being written (a big one), or was abandoned by a crash. */
  | { kind: 'client-id-busy'; id: string }
  | { kind: 'stopping' };

export type RetryStart =
  | { kind: 'started'; detail: MessageDetail }
  | { kind: 'not-found' | 'in-progress' | 'nothing-to-retry' | 'not-started' | 'stopping' }
  | { kind: 'storage-failed'; failure: StorageFailure };

export interface Sender {
  /** Records the send (all batches `pending`) and starts it; resolves before Mind is called. */
  send(validated: Extract<PreparedSend, { ok: true }>): Promise<SendStart>;
  /** Sends a send's failed and unknown batches again, with their original request ids. */
  retry(id: string): Promise<RetryStart>;
  /** Outcomes the database has not taken yet (a full disk); reads show them. */
  readonly unwritten: UnwrittenOutcomes;
  /**
   * Begins the looks for free batches (work a previous run left, scheduled sends now due): call
   * it once the server listens. In sandbox mode Mind is this server, so a batch claimed before
   * then could not reach it and would end `failed` without ever having left.
   */
  start(): void;
  /**
   * Resolves when this server holds no batch (every batch it claimed has its outcome) and its
   * last look found none free to claim (for shutdown and tests).
   */
  idle(): Promise<void>;
  /**
   * The start of a shutdown: no new sends, retries or claims; the batches this server holds but
   * has not begun go back (released, `pending`) for another server or the next start; those in
   * flight go on to their end (`idle`).
   */
  stop(): Promise<void>;
  /** The end of a grace period: what is still in flight becomes `unknown`; how many batches. */
  abandon(): Promise<number>;
  /** Last try to write the outcomes kept in memory, and the end of lease upkeep. */
  close(): Promise<void>;
}

const KEPT_DETAILS = 4;
/** Batches of one send claimed per statement. */
const CLAIM_CHUNK = 100;
/** How long a replay waits for its clientId's first send to be written whole. */
const REPLAY_WAIT_MS = 10_000;
/** How often a server looks for scheduled batches whose time has come (and free ones). */
const DUE_LOOK_MS = 1000;
/** Recipients a send's checks go through in a fraction of a millisecond. */
const SHORT_LIST = 1000;
const recipientsIn = (audience: SendRequest['audience']) =>
  'ids' in audience ? audience.ids.length : 1;

const notSentStorage = (failure: StorageFailure) =>
  `Not sent: the server could not record this batch before sending it (${failure.reason}); retry sends it once the database can be written again.`;

/*
 * Batches are jobs in the database (store/batchQueue.ts). Accepting a send (or a retry) writes
 * its batches and claims them for this server at once; a look every third of the lease renews
 * the leases held here, expires those that ran out anywhere (a server that died) and claims free
 * batches while there is room. A batch goes out only after `startClaimed` confirms the lease is
 * still held.
 */
export function createSender(options: SenderOptions): Sender {
  const { db, mind, batchSize, concurrency, leaseMs, logger } = options;
  const workerId = options.workerId ?? randomUUID();
  /** Claimed here, not begun, in claim order. */
  const queue: BatchRow[] = [];
  /** Claimed here and not finished, by send: a retry of one of them waits. */
  const held = new Map<string, number>();
  /** The sends of recent batches, most recent last. */
  const details = new Map<string, Promise<MessageDetail | undefined>>();
  /** Workers and claims under way; `idle` waits for them. */
  const busy = new Set<Promise<void>>();
  const outcomes = createOutcomeRecorder(db, logger);
  let workers = 0;
  /** The last look for free batches filled the room it had (or failed): more may be free. */
  let freeLeft = true;
  let stopping = false;
  let closed = false;
  /** `start` was called: until then nothing is claimed by a look. */
  let started = false;

  function track(work: Promise<void>): void {
    busy.add(work);
    void work.finally(() => busy.delete(work));
  }

  function hold(batches: BatchRow[]): void {
    for (const batch of batches) held.set(batch.message_id, (held.get(batch.message_id) ?? 0) + 1);
    queue.push(...batches);
    while (workers < concurrency && queue.length) {
      workers += 1;
      runWorker(work());
    }
  }

  /** A worker on a slot counted in `workers` already, until the queue is empty. */
  function runWorker(working: Promise<void>): void {
    track(
      working.finally(() => {
        workers -= 1;
        // Room again: look for more free batches if the last look may have left some (else
        // the look every second finds what another server lets go: a look as each batch
        // ended was a write of its own a send, a sixth of a small send's storage work).
        if (freeLeft) lookSoon();
      }),
    );
  }

  /**
   * A batch recorded begun with its send (`begun` in createSend), on the worker slot reserved
   * for it: it goes out at once, its turn with Mind taken, then the worker goes on with the queue.
   */
  function startBegun(batch: BatchRow): void {
    held.set(batch.message_id, (held.get(batch.message_id) ?? 0) + 1);
    runWorker(
      (async () => {
        try {
          await sendBatch(batch, true);
        } finally {
          letGo(batch);
        }
        await work();
      })(),
    );
  }

  function letGo(batch: BatchRow): void {
    const left = (held.get(batch.message_id) ?? 1) - 1;
    if (left > 0) held.set(batch.message_id, left);
    else held.delete(batch.message_id);
  }

  async function work(): Promise<void> {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      try {
        await sendBatch(batch);
      } finally {
        letGo(batch);
      }
    }
  }

  /** What a batch needs of its send (which never changes), the last few sends kept. */
  function detailOf(messageId: string): Promise<MessageDetail | undefined> {
    const kept = details.get(messageId);
    if (kept) return remember(messageId, kept);
    const detail = getSend(db, messageId);
    detail.catch(() => details.delete(messageId));
    return remember(messageId, detail);
  }

  function remember(
    messageId: string,
    detail: Promise<MessageDetail | undefined>,
  ): Promise<MessageDetail | undefined> {
    details.delete(messageId);
    details.set(messageId, detail);
    if (details.size > KEPT_DETAILS) details.delete(details.keys().next().value ?? '');
    return detail;
  }

  /** Claims free batches while there is room (the batches of any send, from any server). */
  async function claimFree(): Promise<void> {
    if (stopping) return;
    const room = concurrency - workers - queue.length;
    if (room <= 0) return;
    try {
      const batches = await claimBatches(db, workerId, room, leaseMs);
      freeLeft = batches.length === room;
      if (batches.length) {
        logger.info(
          { batches: batches.length },
          'claimed batches left by another server or scheduled for now',
        );
        if (stopping) await releaseLeases(db, workerId);
        else hold(batches);
      }
    } catch (error) {
      freeLeft = true;
      logger.warn({ err: error }, 'could not claim batches; trying again later');
    }
  }

  let looking: Promise<void> | undefined;
  let lookAgain = false;
  function lookSoon(): void {
    if (closed || stopping || !started) return;
    if (looking) {
      // Room came free during a look: one more after it.
      lookAgain = true;
      return;
    }
    looking = claimFree().finally(() => {
      looking = undefined;
      if (lookAgain) {
        lookAgain = false;
        lookSoon();
      }
    });
    track(looking);
  }

  /** Lease upkeep, every third of the lease. */
  async function upkeep(): Promise<void> {
    try {
      await renewLeases(db, workerId, leaseMs);
      const expired = await expireLeases(db);
      if (expired.unknown || expired.released)
        logger.warn(
          expired,
          'leases ran out (a server stopped answering): batches in flight are now unknown, those not begun free again',
        );
      const abandoned = await discardAbandonedSends(db);
      if (abandoned)
        logger.warn(
          { sends: abandoned },
          'deleted sends whose acceptance a server left half written (it stopped); none of them was sent',
        );
    } catch (error) {
      logger.warn({ err: error }, 'could not renew or expire leases; trying again');
    }
    lookSoon();
  }
  let upkeeping: Promise<void> | undefined;
  const timer = setInterval(
    () => {
      if (!upkeeping) upkeeping = upkeep().finally(() => (upkeeping = undefined));
    },
    Math.max(1, Math.floor(leaseMs / 3)),
  ).unref();
  // Scheduled batches whose time has come, from any server: a look every second at most.
  const dueTimer = setInterval(lookSoon, Math.min(DUE_LOOK_MS, Math.floor(leaseMs / 3))).unref();
  // Work left for any server (this one's previous run, or one that stopped) starts at `start`.

  const notSent = (batch: BatchRow, error: string) =>
    outcomes.record(batch, { status: 'failed', error, attempts: batch.attempts });

  async function sendBatch(batch: BatchRow, begun = false): Promise<void> {
    // Nothing has gone out yet: a send that cannot be read (the database is down) is not sent,
    // as when its attempt cannot be written; an error here must never end the process.
    let detail: MessageDetail | undefined;
    try {
      detail = await detailOf(batch.message_id);
    } catch (error) {
      logger.error({ err: error, requestId: batch.request_id }, 'batch not sent');
      return notSent(batch, notSentStorage(describeWriteFailure(error)));
    }
    if (!detail) {
      logger.error({ sendId: batch.message_id, requestId: batch.request_id }, 'send vanished');
      return notSent(batch, 'Not sent: its send could not be found in the database.');
    }
    const receiveIds =
      batch.receive_ids === null ? null : readJsonColumn(batch.receive_ids, stringsColumn);
    const body = buildWireBody({
      msgType: detail.msgType,
      // A personal send's batch carries its recipients' expanded content.
      content: batch.content === null ? detail.content : parseExactJson(batch.content),
      receiveType: detail.receiveType,
      audienceKind: detail.audience.kind,
      receiveIds,
      recipients: detail.recipients,
    });
    // A batch recorded begun with its send counts its first attempt already.
    const previousAttempts = begun ? batch.attempts - 1 : batch.attempts;
    // Nothing goes out that could not be recorded: a database that refuses this write would
    // refuse the outcome too. Nor does anything go out whose lease was lost. The first attempt's
    // turn comes before it is recorded as begun: a server that stops while waiting for it leaves
    // the batch to be sent, not `unknown`.
    // (One recorded begun with its send took its turn then, and has been held here since.)
    try {
      if (!begun) {
        await options.pacer?.turn();
        if (!(await startClaimed(db, batch.id, workerId, previousAttempts + 1))) {
          logger.warn(
            { sendId: detail.id, requestId: batch.request_id },
            'batch not sent: its lease ran out before it began, another server has it',
          );
          return;
        }
      }
    } catch (error) {
      const failure = describeWriteFailure(error);
      logger.error(
        { err: error, sendId: detail.id, requestId: batch.request_id },
        'batch not sent',
      );
      return notSent(batch, notSentStorage(failure));
    }
    let outcome: BatchOutcome;
    try {
      const endpoint = endpointOf(detail.channel, detail.msgType);
      const result = await mind.send(endpoint, body, batch.request_id, async (attempt) => {
        if (attempt === 1) return;
        await options.pacer?.turn();
        // Only a count for the history: a failure here must not stop a batch already out.
        await recordAttempt(db, batch.id, previousAttempts + attempt).catch((error: unknown) =>
          logger.warn({ err: error, requestId: batch.request_id }, 'could not count an attempt'),
        );
      });
      outcome = toOutcome(result, previousAttempts);
    } catch (error) {
      logger.error({ err: error, sendId: detail.id, requestId: batch.request_id }, 'batch crashed');
      outcome = {
        status: 'failed',
        error: 'The server failed while sending this batch',
        attempts: previousAttempts + 1,
      };
    }
    await outcomes.record(batch, outcome);
    logger.info(
      {
        sendId: detail.id,
        batch: batch.batch_index,
        requestId: batch.request_id,
        status: outcome.status,
        code: outcome.code,
      },
      'batch finished',
    );
  }

  /**
   * Claims every free batch of one send for this server and starts them, a chunk at a time
   * (a claim of 1,000 batches at once held the event loop for 30–90 ms).
   */
  async function claimSend(messageId: string): Promise<number> {
    let claimed = 0;
    for (;;) {
      const batches = await claimBatches(db, workerId, CLAIM_CHUNK, leaseMs, Date.now(), messageId);
      claimed += batches.length;
      if (stopping) {
        // The stop began meanwhile: they go back rather than out.
        await releaseLeases(db, workerId);
        return claimed;
      }
      hold(batches);
      if (batches.length < CLAIM_CHUNK) return claimed;
      await yieldToLoop();
    }
  }

  /** Waits for a send being written (by any server) to become whole; false when it does not. */
  async function writtenWhole(id: string): Promise<boolean> {
    for (const until = Date.now() + REPLAY_WAIT_MS; Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (await getProgress(db, id)) return true;
    }
    return false;
  }

  return {
    get unwritten() {
      return outcomes.unwritten;
    },

    start() {
      if (started) return;
      started = true;
      lookSoon();
    },

    async send(validated) {
      if (stopping) return { kind: 'stopping' };
      const { request, fingerprint, personal } = validated;
      // Validating a list of 100,000 took its share of this turn of the event loop; a short
      // list's did not.
      if (personal || recipientsIn(request.audience) > SHORT_LIST) await yieldToLoop();
      const plan = personal
        ? planPersonalBatches(personal, batchSize)
        : { ...(await planSendInChunks(request.audience, batchSize)), people: undefined };
      // One batch to go out at once, with a worker free here and a turn with Mind free now: it
      // is recorded begun in the transaction that records the send (one commit of a send's
      // three less) and goes out as soon as that is done, on the worker slot reserved here. Only
      // where that transaction runs at once (SQLite, no transaction under way), so nothing, a
      // stop included, comes between the two.
      const beginNow =
        !validated.sendAt &&
        !personal &&
        plan.batches.length === 1 &&
        workers < concurrency &&
        !queue.length &&
        sqliteNow(db) !== undefined &&
        options.pacer?.turnNow() === true;
      if (beginNow) workers += 1;
      const creating = createSend(db, {
        id: newId(),
        clientId: request.clientId ?? null,
        fingerprint,
        msgType: request.msg_type,
        content: request.content,
        receiveType: request.receive_type ?? null,
        audienceKind: request.audience.kind,
        recipients: plan.recipients,
        sender: request.sender ?? null,
        sendAt: validated.sendAt ?? null,
        // Sent at once: a small send's batches are held here from its first transaction.
        ...(validated.sendAt
          ? {}
          : { lease: { owner: workerId, until: new Date(Date.now() + leaseMs).toISOString() } }),
        batches: plan.batches.map((batch) =>
          Array.isArray(batch) || batch === null
            ? { requestId: randomUUID(), receiveIds: batch }
            : { requestId: randomUUID(), receiveIds: batch.receiveIds, content: batch.content },
        ),
        ...(personal && plan.people
          ? { personal: { summary: personal.summary, recipients: plan.people } }
          : {}),
        ...(beginNow ? { begun: new Date().toISOString() } : {}),
      });
      const created = await creating.catch((error: unknown) => {
        if (beginNow) workers -= 1;
        throw error;
      });
      const begun = beginNow && created.created ? created : undefined;
      if (begun?.row && begun.held?.[0]) {
        const detail = createdDetail(begun.row, begun.held);
        void remember(detail.id, Promise.resolve(detail));
        startBegun(begun.held[0]);
        // Its request to Mind goes out before the 202 does (a turn of the event loop).
        await yieldToLoop();
        logger.info(
          {
            sendId: detail.id,
            channel: detail.channel,
            batches: 1,
            recipients: plan.recipients.length,
          },
          'send started',
        );
        return { kind: 'started', detail };
      }
      // Not recorded here after all (a clientId used before): the slot is free again.
      if (beginNow) workers -= 1;
      if (!created.created && created.fingerprint !== fingerprint) {
        return { kind: 'client-id-reused', id: created.id };
      }
      if (created.writing && !(await writtenWhole(created.id)))
        return { kind: 'client-id-busy', id: created.id };
      await yieldToLoop();
      // A small send sent at once: its detail from the rows just written (a read less).
      const detail =
        created.created && created.row && created.held
          ? createdDetail(created.row, created.held)
          : await getSend(db, created.id, outcomes.unwritten);
      if (!detail) throw new Error(`send ${created.id} vanished`);
      if (!created.created) return { kind: 'replayed', detail };
      if (validated.sendAt) {
        // Claimed by whichever server looks first once its time has come (`lookForDue`).
        logger.info(
          { sendId: detail.id, sendAt: detail.sendAt, batches: plan.batches.length },
          'send scheduled',
        );
        return { kind: 'started', detail };
      }
      // What its batches need of it was just read: they do not read it again.
      void remember(detail.id, Promise.resolve(detail));
      if (!created.held) {
        const claiming = claimSend(detail.id).then(
          () => undefined,
          (error: unknown) =>
            logger.warn(
              { err: error, sendId: detail.id },
              'could not claim the batches of a send; another look takes them',
            ),
        );
        track(claiming);
      } else if (stopping) {
        // The stop began meanwhile: they go back rather than out.
        track(
          releaseLeases(db, workerId).then(
            () => undefined,
            (error: unknown) =>
              logger.error(
                { err: error, sendId: detail.id },
                'could not release the batches of a send; their leases run out instead',
              ),
          ),
        );
      } else {
        hold(created.held);
        // Its first request to Mind goes out before the 202 does (a turn of the event loop):
        // the client's first read then mostly finds it sent, not `sending` (1.1 reads a
        // one-recipient send in the send bench's loop, against 1.3 with the 202 first).
        await yieldToLoop();
      }
      logger.info(
        {
          sendId: detail.id,
          channel: detail.channel,
          batches: plan.batches.length,
          recipients: plan.recipients.length,
        },
        'send started',
      );
      return { kind: 'started', detail };
    },

    async retry(id) {
      if (stopping) return { kind: 'stopping' };
      if (held.has(id)) return { kind: 'in-progress' };
      // Outcomes first: a batch whose `sent` is only in memory must not look failed or unknown.
      const failure = await outcomes.flush();
      if (failure) return { kind: 'storage-failed', failure };
      const before = await getSend(db, id);
      if (!before) return { kind: 'not-found' };
      // Another server may be working it.
      if (before.outcome === 'sending') return { kind: 'in-progress' };
      if (before.outcome === 'scheduled' || before.outcome === 'cancelled')
        return { kind: 'not-started' };
      const batches = await claimForRetry(db, id);
      if (!batches.length) return { kind: 'nothing-to-retry' };
      const detail = await getSend(db, id);
      if (!detail) return { kind: 'not-found' };
      details.delete(id);
      track(
        claimSend(id).then(
          () => undefined,
          (error: unknown) =>
            logger.warn(
              { err: error, sendId: id },
              'could not claim a retry; another look takes it',
            ),
        ),
      );
      logger.info({ sendId: id, batches: batches.length }, 'retry started');
      return { kind: 'started', detail };
    },

    async idle() {
      while (busy.size) await Promise.allSettled([...busy]);
    },

    async stop() {
      stopping = true;
      const waiting = queue.splice(0);
      for (const batch of waiting) letGo(batch);
      if (!waiting.length) return;
      const released = await releaseLeases(db, workerId).catch((error: unknown) => {
        logger.error(
          { err: error },
          'could not release the batches not begun; their leases run out instead',
        );
        return undefined;
      });
      logger.warn(
        { batches: waiting.length, released: released?.released },
        'batches not begun are left for another server (or the next start)',
      );
    },

    async abandon() {
      await outcomes.flush();
      return releaseLeases(db, workerId, { inFlight: true }).then(
        (released) => released.unknown,
        (error: unknown) => {
          logger.error({ err: error }, 'could not mark the batches in flight unknown');
          return 0;
        },
      );
    },

    async close() {
      closed = true;
      clearInterval(timer);
      clearInterval(dueTimer);
      await upkeeping;
      await outcomes.close();
    },
  };
}

function toOutcome(result: MindResult, previousAttempts: number): BatchOutcome {
  const attempts = previousAttempts + result.attempts;
  if (result.kind === 'no-answer') return { status: 'failed', error: result.error, attempts };
  return { status: result.ok ? 'sent' : 'failed', code: result.code, msg: result.msg, attempts };
}
