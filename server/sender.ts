import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { MessageDetail } from '../src/api/schemas';
import type { MindClient, MindResult } from './mindClient';
import { newSendId } from './newSendId';
import { buildWireBody, planSend } from './planSend';
import type { Db } from './store/db';
import {
  claimForRetry,
  createSend,
  finishBatch,
  getSend,
  pendingBatches,
  recordAttempt,
  type BatchOutcome,
  type BatchRow,
} from './store/messageStore';
import type { ValidatedSend } from './validateSendRequest';

export interface SenderOptions {
  db: Db;
  mind: MindClient;
  batchSize: number;
  concurrency: number;
  logger: FastifyBaseLogger;
}

export type SendStart =
  | { kind: 'started' | 'replayed'; detail: MessageDetail }
  | { kind: 'client-id-reused'; id: string };

export type RetryStart =
  | { kind: 'started'; detail: MessageDetail }
  | { kind: 'not-found' | 'in-progress' | 'nothing-to-retry' };

export interface Sender {
  /** Records the send (all batches `pending`) and starts it; resolves before Mind is called. */
  send(validated: Extract<ValidatedSend, { ok: true }>): Promise<SendStart>;
  /** Sends a send's failed and unknown batches again, with their original request ids. */
  retry(id: string): Promise<RetryStart>;
  /** Resolves when every send started so far has finished (for shutdown and tests). */
  idle(): Promise<void>;
}

export function createSender(options: SenderOptions): Sender {
  const { db, mind, batchSize, concurrency, logger } = options;
  const active = new Map<string, Promise<void>>();

  function start(detail: MessageDetail, batches: BatchRow[]): void {
    const run = dispatch(detail, batches).finally(() => active.delete(detail.id));
    active.set(detail.id, run);
  }

  async function dispatch(detail: MessageDetail, batches: BatchRow[]): Promise<void> {
    const queue = [...batches];
    const worker = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        await sendBatch(detail, batch);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  }

  async function sendBatch(detail: MessageDetail, batch: BatchRow): Promise<void> {
    const receiveIds =
      batch.receive_ids === null ? null : (JSON.parse(batch.receive_ids) as string[]);
    const body = buildWireBody({
      msgType: detail.msgType,
      content: detail.content,
      receiveType: detail.receiveType,
      audienceKind: detail.audience.kind,
      receiveIds,
    });
    const previousAttempts = batch.attempts;
    let outcome: BatchOutcome;
    try {
      const result = await mind.send(body, batch.request_id, (attempt) =>
        recordAttempt(db, batch.id, previousAttempts + attempt),
      );
      outcome = toOutcome(result, previousAttempts);
    } catch (error) {
      logger.error({ err: error, sendId: detail.id, requestId: batch.request_id }, 'batch crashed');
      outcome = {
        status: 'failed',
        error: 'The server failed while sending this batch',
        attempts: previousAttempts + 1,
      };
    }
    await finishBatch(db, batch, outcome).catch((error: unknown) =>
      logger.error({ err: error, sendId: detail.id }, 'could not record a batch outcome'),
    );
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

  return {
    async send(validated) {
      const { request, fingerprint } = validated;
      const plan = planSend(request.audience, batchSize);
      const created = await createSend(db, {
        id: newSendId(),
        clientId: request.clientId ?? null,
        fingerprint,
        msgType: request.msg_type,
        content: request.content,
        receiveType: request.receive_type ?? null,
        audienceKind: request.audience.kind,
        recipients: plan.recipients,
        sender: request.sender ?? null,
        batches: plan.batches.map((receiveIds) => ({ requestId: randomUUID(), receiveIds })),
      });
      if (!created.created && created.fingerprint !== fingerprint) {
        return { kind: 'client-id-reused', id: created.id };
      }
      const detail = await getSend(db, created.id);
      if (!detail) throw new Error(`send ${created.id} vanished`);
      if (!created.created) return { kind: 'replayed', detail };
      start(detail, await pendingBatches(db, detail.id));
      logger.info(
        { sendId: detail.id, batches: plan.batches.length, recipients: plan.recipients.length },
        'send started',
      );
      return { kind: 'started', detail };
    },

    async retry(id) {
      if (active.has(id)) return { kind: 'in-progress' };
      const before = await getSend(db, id);
      if (!before) return { kind: 'not-found' };
      const batches = await claimForRetry(db, id);
      if (!batches.length)
        return { kind: before.outcome === 'sending' ? 'in-progress' : 'nothing-to-retry' };
      const detail = await getSend(db, id);
      if (!detail) return { kind: 'not-found' };
      start(detail, batches);
      logger.info({ sendId: id, batches: batches.length }, 'retry started');
      return { kind: 'started', detail };
    },

    async idle() {
      while (active.size) await Promise.allSettled([...active.values()]);
    },
  };
}

function toOutcome(result: MindResult, previousAttempts: number): BatchOutcome {
  const attempts = previousAttempts + result.attempts;
  if (result.kind === 'no-answer') return { status: 'failed', error: result.error, attempts };
  return { status: result.ok ? 'sent' : 'failed', code: result.code, msg: result.msg, attempts };
}
