import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { decodeRequest, type MindMessage } from '../../src/mind';
import type { InboxItem } from '../../src/api/schemas';
import { sendError } from '../errors';
import type { Db } from '../store/db';
import { listInbox, recordDelivery } from '../store/inboxStore';

export const SANDBOX_MIND_PATH = '/sandbox/mind/send_message';
export const SANDBOX_APP_ID = 'mind_sandbox';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const MILLISECONDS = /^\d{1,16}$/;

/** Mind's answer shape; the sandbox always answers HTTP 200 and says what happened in `code`. */
const answer = (reply: FastifyReply, code: number, msg: string) =>
  reply.code(200).send({ code, msg, data: {} });

function same(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The sandbox's Mind: keeps the upstream contract (the three headers, a body the model
 * decodes without errors) and records what it accepted for the inbox.
 */
export function registerSandboxMind(app: FastifyInstance, db: Db, appSecret: string): void {
  app.post(SANDBOX_MIND_PATH, {
    config: { rateLimit: false },
    errorHandler: (error, _request, reply) =>
      answer(
        reply,
        error.statusCode && error.statusCode < 500 ? error.statusCode : 500,
        error.message,
      ),
    handler: async (request, reply) => {
      const headers = request.headers;
      if (!same(headers['app-id'], SANDBOX_APP_ID) || !same(headers['app-secret'], appSecret)) {
        return answer(reply, 401, 'app-id or app-secret is not valid');
      }
      const requestId = headers['x-request-id'];
      if (
        typeof requestId !== 'string' ||
        !(UUID_V4.test(requestId) || MILLISECONDS.test(requestId))
      ) {
        return answer(reply, 400, 'x-request-id must be a timestamp in milliseconds or a UUID v4');
      }
      const decoded = decodeRequest(request.body);
      const errors = decoded.issues.filter((item) => item.severity === 'error');
      if (!decoded.ok || errors.length) {
        const first = errors[0] ?? decoded.issues[0];
        return answer(
          reply,
          400,
          first ? `${first.message}${first.path ? ` (at ${first.path})` : ''}` : 'invalid request',
        );
      }
      const message: MindMessage = decoded.message;
      const receiveIds =
        message.receive_ids ?? (message.receive_id === undefined ? null : [message.receive_id]);
      await recordDelivery(db, {
        requestId,
        msgType: (message.msg_type ?? 'text') as InboxItem['msgType'],
        message: message as unknown as Record<string, unknown>,
        receiveIds,
      });
      return answer(reply, 200, 'OK');
    },
  });
}

export function registerInboxRoutes(app: FastifyInstance, db: Db, sandbox: boolean): void {
  app.get('/api/sandbox/inbox', async (request, reply) => {
    if (!sandbox)
      return sendError(reply, 404, 'not-sandbox', 'The sandbox inbox exists only in sandbox mode');
    const { limit } = request.query as { limit?: unknown };
    const parsed = limit === undefined ? 50 : Number(limit);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 500) {
      return sendError(reply, 400, 'invalid-query', 'limit must be a whole number from 1 to 500');
    }
    return listInbox(db, parsed);
  });

  app.delete('/api/sandbox/inbox', async (_request, reply) => {
    if (!sandbox)
      return sendError(reply, 404, 'not-sandbox', 'The sandbox inbox exists only in sandbox mode');
    await db.deleteFrom('sandbox_inbox').execute();
    return reply.code(204).send();
  });
}
