import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError } from '../errors';
import type { Sender } from '../sender';
import type { Db } from '../store/db';
import { checkSendAt } from '../../src/api/schedule';
import {
  changeSchedule,
  getProgress,
  getSend,
  listBatches,
  listSends,
  type ScheduleChange,
} from '../store/messageStore';
import { listRecipients, recipientsCsv } from '../store/recipientStore';
import { validateSendRequest } from '../validateSendRequest';
import { yieldToLoop } from '../yieldToLoop';
import { RECIPIENT_OUTCOMES, type RecipientOutcome } from '../../src/api/personal';
import { BATCH_PAGE_SIZE, BATCH_STATUSES, type Person } from '../../src/api/schemas';
import { isId } from '../ids';

const MAX_PAGE_SIZE = 100;

function pageNumber(value: unknown, fallback: number, max: number): number | string {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return 'must be a whole number';
  const number = Number(value);
  if (number < 1 || number > max) return `must be from 1 to ${max}`;
  return number;
}

/** `outcome=failed,unknown`: the values asked for (each one of `allowed`), or an error sentence. */
function listOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
  fallback: T[] = [],
): T[] | string {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string') return `${name} must be given once`;
  const asked = value.split(',');
  const wrong = asked.find((item) => !(allowed as readonly string[]).includes(item));
  if (wrong !== undefined)
    return `${name} "${wrong.slice(0, 20)}" is not one of ${allowed.join(', ')}`;
  return asked as T[];
}

const outcomesOf = (value: unknown, fallback: RecipientOutcome[]) =>
  listOf(value, RECIPIENT_OUTCOMES, 'outcome', fallback);

const stopping = (reply: FastifyReply, what: string) =>
  sendError(
    reply,
    503,
    'shutting-down',
    `${what}: the server is stopping. Send again once it has started again.`,
  );

/** The answer to a change of schedule that did not happen. */
function scheduleRefused(
  reply: FastifyReply,
  id: string,
  kind: Exclude<ScheduleChange['kind'], 'done'>,
  doing: string,
) {
  switch (kind) {
    case 'not-found':
      return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    case 'not-scheduled':
      return sendError(
        reply,
        409,
        'not-scheduled',
        `This send was not scheduled: it went out when it was accepted, so it cannot be ${doing}`,
      );
    case 'cancelled':
      return sendError(reply, 409, 'cancelled', `This send was cancelled; it cannot be ${doing}`);
    case 'started':
      return sendError(
        reply,
        409,
        'already-started',
        `This send has already started going out, so it can no longer be ${doing}`,
      );
  }
}

export function registerMessageRoutes(
  app: FastifyInstance,
  db: Db,
  sender: Sender,
  /** The directory, for fields a list has no column of (docs/personal.md). */
  people: readonly Person[] = [],
): void {
  const directory = new Map(people.map((person) => [person.id, person]));
  app.post('/api/messages', async (request, reply) => {
    // Reading a body of 100,000 recipients took this turn of the event loop's share already.
    await yieldToLoop();
    const validated = await validateSendRequest(request.body, directory);
    if (!validated.ok) {
      const [first] = validated.issues;
      const where = first?.path ? ` at ${first.path}` : '';
      return sendError(
        reply,
        400,
        'invalid-message',
        `Nothing was sent: ${first?.message ?? 'the request is not valid'}${where}` +
          (validated.issues.length > 1
            ? ` (and ${validated.issues.length - 1} more problems)`
            : ''),
        validated.issues,
      );
    }
    const result = await sender.send(validated);
    if (result.kind === 'stopping') return stopping(reply, 'Nothing was sent');
    if (result.kind === 'client-id-reused') {
      return sendError(
        reply,
        409,
        'client-id-reused',
        `clientId "${validated.request.clientId}" was already used for a different message (send ${result.id}); use a new clientId for a new send`,
      );
    }
    if (result.kind === 'client-id-busy') {
      return sendError(
        reply,
        409,
        'client-id-busy',
        `The send with clientId "${validated.request.clientId}" (${result.id}) is still being recorded; ask again in a moment`,
      );
    }
    const status = result.kind === 'started' ? 202 : 200;
    return reply
      .code(status)
      .header('location', `/api/messages/${result.detail.id}`)
      .send(result.detail);
  });

  app.get('/api/messages', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const page = pageNumber(query.page, 1, 1_000_000);
    const pageSize = pageNumber(query.pageSize, 20, MAX_PAGE_SIZE);
    if (typeof page === 'string') return sendError(reply, 400, 'invalid-query', `page ${page}`);
    if (typeof pageSize === 'string')
      return sendError(reply, 400, 'invalid-query', `pageSize ${pageSize}`);
    return listSends(db, page, pageSize, sender.unwritten);
  });

  app.get('/api/messages/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const detail = isId(id) ? await getSend(db, id, sender.unwritten) : undefined;
    if (!detail) return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    return detail;
  });

  // A send's batches by page (the detail holds the first), of some statuses or all.
  app.get('/api/messages/:id/batches', async (request, reply) => {
    const { id } = request.params as { id: string };
    const query = request.query as Record<string, unknown>;
    const page = pageNumber(query.page, 1, 1_000_000);
    const pageSize = pageNumber(query.pageSize, BATCH_PAGE_SIZE, MAX_PAGE_SIZE);
    const statuses = listOf(query.status, BATCH_STATUSES, 'status');
    if (typeof page === 'string') return sendError(reply, 400, 'invalid-query', `page ${page}`);
    if (typeof pageSize === 'string')
      return sendError(reply, 400, 'invalid-query', `pageSize ${pageSize}`);
    if (typeof statuses === 'string') return sendError(reply, 400, 'invalid-query', statuses);
    const found = isId(id)
      ? await listBatches(db, id, { page, pageSize, statuses }, sender.unwritten)
      : undefined;
    if (!found) return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    return found;
  });

  // Where a send stands, small enough to ask twice a second while it goes out.
  app.get('/api/messages/:id/progress', async (request, reply) => {
    const { id } = request.params as { id: string };
    const progress = isId(id) ? await getProgress(db, id, sender.unwritten) : undefined;
    if (!progress)
      return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    return progress;
  });

  // A scheduled send's new time, while none of it has gone out.
  app.patch('/api/messages/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const body = request.body as Record<string, unknown> | null | undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return sendError(
        reply,
        400,
        'invalid-request',
        'The body must be a JSON object: {"sendAt": "…"}',
      );
    const extra = Object.keys(body).filter((key) => key !== 'sendAt');
    if (extra.length)
      return sendError(
        reply,
        400,
        'invalid-request',
        `Only sendAt can be changed; remove "${extra[0]?.slice(0, 40)}"`,
      );
    if (body.sendAt === undefined)
      return sendError(
        reply,
        400,
        'invalid-request',
        'sendAt is required: the new time to send at',
      );
    const checked = checkSendAt(body.sendAt);
    if (!checked.ok)
      return sendError(reply, 400, checked.code, `Not rescheduled: ${checked.message}`);
    const result = isId(id)
      ? await changeSchedule(db, id, checked.at)
      : ({ kind: 'not-found' } as const);
    if (result.kind !== 'done') return scheduleRefused(reply, id, result.kind, 'rescheduled');
    request.log.info({ sendId: id, sendAt: checked.at.toISOString() }, 'send rescheduled');
    return getSend(db, id, sender.unwritten);
  });

  // Cancels a scheduled send before any of it has gone out; it stays in history, `cancelled`.
  app.delete('/api/messages/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const result = isId(id) ? await changeSchedule(db, id, null) : ({ kind: 'not-found' } as const);
    if (result.kind === 'cancelled') return getSend(db, id, sender.unwritten);
    if (result.kind !== 'done') return scheduleRefused(reply, id, result.kind, 'cancelled');
    request.log.info({ sendId: id }, 'scheduled send cancelled');
    return getSend(db, id, sender.unwritten);
  });

  app.get('/api/messages/:id/recipients', async (request, reply) => {
    const { id } = request.params as { id: string };
    const query = request.query as Record<string, unknown>;
    const page = pageNumber(query.page, 1, 1_000_000);
    const pageSize = pageNumber(query.pageSize, 50, MAX_PAGE_SIZE);
    const outcomes = outcomesOf(query.outcome, []);
    if (typeof page === 'string') return sendError(reply, 400, 'invalid-query', `page ${page}`);
    if (typeof pageSize === 'string')
      return sendError(reply, 400, 'invalid-query', `pageSize ${pageSize}`);
    if (typeof outcomes === 'string') return sendError(reply, 400, 'invalid-query', outcomes);
    if (query.q !== undefined && (typeof query.q !== 'string' || query.q.length > 200))
      return sendError(
        reply,
        400,
        'invalid-query',
        'q must be one search of at most 200 characters',
      );
    const found = isId(id)
      ? await listRecipients(
          db,
          id,
          { page, pageSize, outcomes, ...(typeof query.q === 'string' ? { q: query.q } : {}) },
          sender.unwritten,
        )
      : undefined;
    if (!found) return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    return found;
  });

  app.get('/api/messages/:id/recipients.csv', async (request, reply) => {
    const { id } = request.params as { id: string };
    const outcomes = outcomesOf((request.query as Record<string, unknown>).outcome, ['failed']);
    if (typeof outcomes === 'string') return sendError(reply, 400, 'invalid-query', outcomes);
    const csv = isId(id) ? await recipientsCsv(db, id, outcomes, sender.unwritten) : undefined;
    if (csv === undefined)
      return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="send-${id.slice(0, 8)}-${outcomes.join('-')}.csv"`,
      )
      .send(csv);
  });

  app.post('/api/messages/:id/retry', async (request, reply) => {
    const { id } = request.params as { id: string };
    const result = isId(id) ? await sender.retry(id) : ({ kind: 'not-found' } as const);
    switch (result.kind) {
      case 'started':
        return reply.code(202).send(result.detail);
      case 'not-found':
        return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
      case 'in-progress':
        return sendError(
          reply,
          409,
          'in-progress',
          'This send is still going out; retry when it has finished',
        );
      case 'stopping':
        return stopping(reply, 'Nothing was sent again');
      case 'storage-failed':
        return sendError(reply, result.failure.status, result.failure.code, result.failure.message);
      case 'not-started':
        return sendError(
          reply,
          409,
          'not-started',
          'This send has not gone out (it is scheduled, or was cancelled): there is nothing to retry',
        );
      case 'nothing-to-retry':
        return sendError(
          reply,
          409,
          'nothing-to-retry',
          'Every batch of this send was delivered; there is nothing to retry',
        );
    }
  });
}
