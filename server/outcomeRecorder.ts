import type { FastifyBaseLogger } from 'fastify';
import { describeWriteFailure, type StorageFailure } from './storageFailure';
import type { Db } from './store/db';
import {
  finishBatch,
  type BatchOutcome,
  type BatchRow,
  type UnwrittenOutcome,
} from './store/messageStore';

/**
 * Records how each batch ended. When the database refuses the write (a full disk), the outcome
 * is kept in memory (reads show it, see `getSend`) and written as soon as the database takes
 * it again: in the background, and before any retry, so a batch Mind accepted is never sent
 * again because its `sent` was lost.
 */
export interface OutcomeRecorder {
  record(batch: BatchRow, outcome: BatchOutcome): Promise<void>;
  /** Writes every kept outcome; the failure when the database still refuses. */
  flush(): Promise<StorageFailure | undefined>;
  /** Outcomes not written yet, by batch id. */
  readonly unwritten: ReadonlyMap<number, UnwrittenOutcome>;
  /** Last try at shutdown; what still cannot be written goes to the log, request id and all. */
  close(): Promise<void>;
}

const FLUSH_EVERY_MS = 1000;

export function createOutcomeRecorder(db: Db, logger: FastifyBaseLogger): OutcomeRecorder {
  const unwritten = new Map<number, UnwrittenOutcome & { requestId: string }>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<StorageFailure | undefined> | undefined;

  const write = (batchId: number, kept: UnwrittenOutcome) =>
    finishBatch(db, { id: batchId, message_id: kept.messageId }, kept.outcome, kept.at);

  async function flushNow(): Promise<StorageFailure | undefined> {
    for (const [batchId, kept] of unwritten) {
      try {
        await write(batchId, kept);
        unwritten.delete(batchId);
      } catch (error) {
        return describeWriteFailure(error);
      }
    }
    if (timer) {
      clearInterval(timer);
      timer = undefined;
      logger.warn('the batch outcomes kept in memory are recorded now');
    }
    return undefined;
  }

  const flush = () => (flushing ??= flushNow().finally(() => (flushing = undefined)));

  return {
    unwritten,
    flush,
    async record(batch, outcome) {
      const kept = { messageId: batch.message_id, requestId: batch.request_id, outcome, at: now() };
      try {
        await write(batch.id, kept);
      } catch (error) {
        unwritten.set(batch.id, kept);
        logger.error(
          { err: error, sendId: batch.message_id, requestId: batch.request_id, ...outcome },
          `could not record a batch outcome (${describeWriteFailure(error).reason}); kept in memory until the database takes it`,
        );
        timer ??= setInterval(() => void flush(), FLUSH_EVERY_MS).unref();
      }
    },
    async close() {
      clearInterval(timer);
      timer = undefined;
      if (!(await flushNow())) return;
      for (const kept of unwritten.values()) {
        logger.error(
          { sendId: kept.messageId, requestId: kept.requestId, ...kept.outcome },
          'this batch outcome could not be recorded before the server stopped; the next start marks it unknown',
        );
      }
    },
  };
}

const now = () => new Date().toISOString();
