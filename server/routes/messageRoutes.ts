import type { FastifyReply } from 'fastify';
import type { MindIssue } from '../../src/mind';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { sendError } from '../errors';
import type { Sender } from '../sender';
import type { Db } from '../store/db';
import {
  changeSchedule,
  getProgress,
  getSend,
  listBatches,
  listSends,
  type ScheduleChange,
} from '../store/messageStore';
import { listRecipients, recipientsCsv } from '../store/recipientStore';
import { prepareSend } from '../prepareSend';
import { checkIdsInTurns, sendBodySchema } from '../sendRequestSchema';
import { yieldToLoop } from '../yieldToLoop';
import { RECIPIENT_OUTCOMES, type RecipientOutcome } from '../../src/api/personal';
import { BATCH_PAGE_SIZE, BATCH_STATUSES, type Person } from '../../src/api/schemas';
import type { Refusal } from '../validation';
import {
  idParams,
  listParam,
  notFoundUnlessId,
  pageParam,
  refuseQuery,
  searchParam,
  sendAtField,
} from './requestParts';

const MAX_PAGE_SIZE = 100;
/** A send's body read in a fraction of a millisecond, after which no other request need wait. */
const SMALL_BODY_BYTES = 64 * 1024;

const sendNotFound = notFoundUnlessId('send');

/** Nothing was sent: the first problem, where it is, and how many more there are. */
function refuseSend(reply: FastifyReply, issues: MindIssue[]): FastifyReply {
  const [first] = issues;
  const where = first?.path ? ` at ${first.path}` : '';
  return sendError(
    reply,
    400,
    'invalid-message',
    `Nothing was sent: ${first?.message ?? 'the request is not valid'}${where}` +
      (issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''),
    issues,
  );
}
/**
 * `PATCH /api/messages/:id`'s body: an object with `sendAt` only (checked as a send's `sendAt`),
 * its problems found in that order.
 */
const rescheduleBody = z.pipe(
  z
    .record(z.string(), z.unknown(), {
      error: 'The body must be a JSON object: {"sendAt": "…"}',
    })
    .check(
      z.superRefine((body, ctx) => {
        const extra = Object.keys(body).find((key) => key !== 'sendAt');
        if (extra !== undefined)
          ctx.addIssue({
            code: 'custom',
            message: `Only sendAt can be changed; remove "${extra.slice(0, 40)}"`,
          });
      }),
    ),
  z.object({
    sendAt: z.pipe(
      z.unknown().check(
        z.refine((value) => value !== undefined, {
          error: 'sendAt is required: the new time to send at',
          abort: true,
        }),
      ),
      sendAtField,
    ),
  }),
);

/** A time's refusal says it was not rescheduled, with the code of what is wrong with it. */
const refuseReschedule: Refusal = (refused, _request, reply) => {
  const [first] = refused.issues;
  return first?.code.startsWith('send-at-')
    ? sendError(reply, 400, first.code, `Not rescheduled: ${first.message}`)
    : sendError(reply, 400, 'invalid-request', refused.message);
};

const outcomeParam = (fallback: RecipientOutcome[]) =>
  listParam('outcome', RECIPIENT_OUTCOMES, fallback);

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

export interface MessageRoutesOptions {
  db: Db;
  sender: Sender;
  /** The directory, for fields a list has no column of (docs/personal.md). */
  people?: readonly Person[];
}

const byId = { schema: { params: idParams }, config: { refuse: sendNotFound } };

/** Sends: accept, list, detail, batches, progress, reschedule, cancel, recipients, retry. */
export const messageRoutes: FastifyPluginAsyncZod<MessageRoutesOptions> = async (
  app,
  { db, sender, people = [] },
) => {
  const directory = new Map(people.map((person) => [person.id, person]));
  app.post(
    '/api/messages',
    {
      schema: { body: sendBodySchema },
      config: { refuse: (refused, _request, reply) => refuseSend(reply, refused.issues) },
      // Reading a body of 100,000 recipients took this turn of the event loop's share already
      // (a small one's did not); its ids are checked in turns before the schema runs.
      preValidation: async (request) => {
        if (!(Number(request.headers['content-length']) <= SMALL_BODY_BYTES)) await yieldToLoop();
        await checkIdsInTurns(request.body);
      },
    },
    async (request, reply) => {
      const validated = await prepareSend(request.body, directory);
      if (!validated.ok) return refuseSend(reply, validated.issues);
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
    },
  );

  app.get(
    '/api/messages',
    {
      schema: {
        querystring: z.object({
          page: pageParam('page', 1, 1_000_000),
          pageSize: pageParam('pageSize', 20, MAX_PAGE_SIZE),
        }),
      },
      config: { refuse: refuseQuery },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return listSends(db, page, pageSize, sender.unwritten);
    },
  );

  app.get('/api/messages/:id', byId, async (request, reply) => {
    const { id } = request.params;
    const detail = await getSend(db, id, sender.unwritten);
    if (!detail) return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    return detail;
  });

  // A send's batches by page (the detail holds the first), of some statuses or all.
  app.get(
    '/api/messages/:id/batches',
    {
      schema: {
        params: idParams,
        querystring: z.object({
          page: pageParam('page', 1, 1_000_000),
          pageSize: pageParam('pageSize', BATCH_PAGE_SIZE, MAX_PAGE_SIZE),
          status: listParam('status', BATCH_STATUSES),
        }),
      },
      config: { refuse: sendNotFound },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { page, pageSize, status: statuses } = request.query;
      const found = await listBatches(db, id, { page, pageSize, statuses }, sender.unwritten);
      if (!found) return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
      return found;
    },
  );

  // Where a send stands, small enough to ask twice a second while it goes out.
  app.get('/api/messages/:id/progress', byId, async (request, reply) => {
    const { id } = request.params;
    const progress = await getProgress(db, id, sender.unwritten);
    if (!progress)
      return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
    return progress;
  });

  // A scheduled send's new time, while none of it has gone out.
  app.patch(
    '/api/messages/:id',
    {
      schema: { params: idParams, body: rescheduleBody },
      config: { refuse: notFoundUnlessId('send', refuseReschedule) },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { sendAt } = request.body;
      const result = await changeSchedule(db, id, sendAt);
      if (result.kind !== 'done') return scheduleRefused(reply, id, result.kind, 'rescheduled');
      request.log.info({ sendId: id, sendAt: sendAt.toISOString() }, 'send rescheduled');
      return getSend(db, id, sender.unwritten);
    },
  );

  // Cancels a scheduled send before any of it has gone out; it stays in history, `cancelled`.
  app.delete('/api/messages/:id', byId, async (request, reply) => {
    const { id } = request.params;
    const result = await changeSchedule(db, id, null);
    if (result.kind === 'cancelled') return getSend(db, id, sender.unwritten);
    if (result.kind !== 'done') return scheduleRefused(reply, id, result.kind, 'cancelled');
    request.log.info({ sendId: id }, 'scheduled send cancelled');
    return getSend(db, id, sender.unwritten);
  });

  app.get(
    '/api/messages/:id/recipients',
    {
      schema: {
        params: idParams,
        querystring: z.object({
          page: pageParam('page', 1, 1_000_000),
          pageSize: pageParam('pageSize', 50, MAX_PAGE_SIZE),
          outcome: outcomeParam([]),
          q: searchParam('q must be one search of at most 200 characters'),
        }),
      },
      config: { refuse: sendNotFound },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { page, pageSize, outcome: outcomes, q } = request.query;
      const found = await listRecipients(
        db,
        id,
        { page, pageSize, outcomes, ...(q === undefined ? {} : { q }) },
        sender.unwritten,
      );
      if (!found) return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
      return found;
    },
  );

  app.get(
    '/api/messages/:id/recipients.csv',
    {
      schema: { params: idParams, querystring: z.object({ outcome: outcomeParam(['failed']) }) },
      config: { refuse: sendNotFound },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { outcome: outcomes } = request.query;
      const csv = await recipientsCsv(db, id, outcomes, sender.unwritten);
      if (csv === undefined)
        return sendError(reply, 404, 'not-found', `No send with id "${id.slice(0, 60)}"`);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="send-${id.slice(0, 8)}-${outcomes.join('-')}.csv"`,
        )
        .send(csv);
    },
  );

  app.post('/api/messages/:id/retry', byId, async (request, reply) => {
    const { id } = request.params;
    const result = await sender.retry(id);
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
};
