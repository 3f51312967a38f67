import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { MindIssue } from '../src/mind';
import { storageFailure } from './storageFailure';
import { RequestRefused } from './validation';

/** Answers with the API's error shape (`apiErrorSchema`). */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  issues?: MindIssue[],
): FastifyReply {
  return reply.code(status).send({ error: issues ? { code, message, issues } : { code, message } });
}

/** A request body whose JSON is too deep or has too many keys. */
export class ShapeError extends Error {
  readonly statusCode = 400;
  readonly code = 'MCS_BODY_SHAPE';
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-content-length',
  FST_ERR_VALIDATION: 'invalid-request',
  MCS_BODY_SHAPE: 'body-too-complex',
};

const FRIENDLY_MESSAGES: Record<string, (error: FastifyError) => string> = {
  'body-too-large': () => 'The request body is larger than this server accepts',
  'empty-body': () => 'The request body is empty; send a JSON object',
  'unsupported-media-type': () => 'Send the body as JSON, with content-type: application/json',
  'invalid-json': (error) => `The request body is not valid JSON: ${error.message}`,
};

/**
 * Every error becomes a JSON answer. Client errors (bad JSON, too large, wrong media type,
 * rate limit) keep their 4xx and say what was wrong; a database that cannot be written (a
 * full disk) is a 507 or 503 that says so; anything else is logged and answered without details.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RequestRefused) {
      const refuse = request.routeOptions.config.refuse;
      if (refuse) return refuse(error, request, reply);
      return sendError(reply, 400, 'invalid-request', error.message, error.issues);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        (error.code && FASTIFY_CODES[error.code]) ||
        (status === 429
          ? 'rate-limited'
          : error instanceof SyntaxError
            ? 'invalid-json'
            : 'bad-request');
      const message = FRIENDLY_MESSAGES[code]?.(error) ?? error.message;
      return sendError(reply, status, code, message);
    }
    const storage = storageFailure(error);
    if (storage) {
      request.log.error({ err: error }, `the database refused a write: ${storage.reason}`);
      return sendError(reply, storage.status, storage.code, storage.message);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(
      reply,
      500,
      'internal',
      'The server could not finish this request; see its log',
    );
  });
}
