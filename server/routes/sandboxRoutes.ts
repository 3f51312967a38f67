import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import {
  ENDPOINTS,
  channelOf,
  decodeRequest,
  isPlainObject,
  msgTypeOf,
  type Endpoint,
  type MindMessage,
} from '../../src/mind';
import { sendError } from '../errors';
import type { Db } from '../store/db';
import { listInbox, recordDelivery } from '../store/inboxStore';
import { queryParam, refuseQuery } from './requestParts';

/** The sandbox's endpoints, one per channel and articles', as Mind's are laid out under one prefix. */
export const SANDBOX_MIND_PATHS: Record<Endpoint, string> = {
  subscribers: '/sandbox/mind/send_message',
  robot: '/sandbox/mind/robot/send/message',
  group: '/sandbox/mind/robot/group/send/card_message',
  article: '/sandbox/mind/article/send_article_message',
};

/** What each endpoint takes, for its refusals. */
const CONTRACTS: Record<Endpoint, string> = {
  subscribers: 'send_message takes receive_id or receive_ids (neither: every subscriber)',
  robot: 'robot/send/message takes receive_open_ids (a list of open_ids)',
  group: 'robot/group/send/card_message takes group_id',
  article:
    'send_article_message takes receive_id or receive_ids (neither: every subscriber), msg_type "article" and articles',
};
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
 * The sandbox's Mind, one endpoint per channel and one for articles: each keeps its upstream
 * contract (the three headers, a body of its own channel that the model decodes without
 * errors; the robot's endpoints need `msg_type`; `send_article_message` takes only articles and
 * `send_message` none) and records what it accepted for the inbox.
 */
export const sandboxMind: FastifyPluginAsyncZod<{ db: Db; appSecret: string }> = async (
  app,
  { db, appSecret },
) => {
  for (const endpoint of ENDPOINTS) registerEndpoint(app, db, appSecret, endpoint);
};

function registerEndpoint(
  app: FastifyInstance,
  db: Db,
  appSecret: string,
  endpoint: Endpoint,
): void {
  const channel = endpoint === 'article' ? 'subscribers' : endpoint;
  app.post(SANDBOX_MIND_PATHS[endpoint], {
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
      const body: unknown = request.body;
      if (isPlainObject(body)) {
        const record = body;
        if (channelOf(record) !== channel) {
          return answer(reply, 400, `Not this endpoint's recipients: ${CONTRACTS[endpoint]}`);
        }
        if ((record.msg_type === 'article') !== (endpoint === 'article')) {
          return answer(
            reply,
            400,
            endpoint === 'article'
              ? `msg_type must be "article" (at /msg_type): ${CONTRACTS.article}`
              : 'An article goes to send_article_message, not here (at /msg_type)',
          );
        }
        if (channel !== 'subscribers' && record.msg_type === undefined) {
          return answer(reply, 400, 'msg_type is required (at /msg_type)');
        }
      }
      const decoded = decodeRequest(body);
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
      await recordDelivery(db, {
        requestId,
        msgType: msgTypeOf(message),
        message,
        receiveIds: receiversOf(message),
      });
      return answer(reply, 200, 'OK');
    },
  });
}

/** The open_ids a message went to; null for every subscriber and for a group. */
function receiversOf(message: MindMessage): string[] | null {
  if (message.receive_open_ids) return message.receive_open_ids;
  if (message.group_id !== undefined) return null;
  return message.receive_ids ?? (message.receive_id === undefined ? null : [message.receive_id]);
}

const notSandbox = async (_request: unknown, reply: FastifyReply) =>
  sendError(reply, 404, 'not-sandbox', 'The sandbox inbox exists only in sandbox mode');

/** What the sandbox's Mind accepted (sandbox mode only; otherwise a 404 that says so). */
export const inboxRoutes: FastifyPluginAsyncZod<{ db: Db; sandbox: boolean }> = async (
  app,
  { db, sandbox },
) => {
  if (!sandbox) {
    app.get('/api/sandbox/inbox', notSandbox);
    app.delete('/api/sandbox/inbox', notSandbox);
    return;
  }
  app.get(
    '/api/sandbox/inbox',
    {
      schema: {
        querystring: z.object({
          limit: z._default(
            queryParam((value) => {
              const limit = Number(value);
              return Number.isInteger(limit) && limit >= 1 && limit <= 500
                ? { value: limit }
                : 'limit must be a whole number from 1 to 500';
            }),
            50,
          ),
        }),
      },
      config: { refuse: refuseQuery },
    },
    async (request) => listInbox(db, request.query.limit),
  );

  app.delete('/api/sandbox/inbox', async (_request, reply) => {
    await db.deleteFrom('sandbox_inbox').execute();
    return reply.code(204).send();
  });
};
