import type { FastifyInstance } from 'fastify';
import type { Emoji, Person, ServerStatus } from '../../src/api/schemas';
import { sendError } from '../errors';
import { MAX_LIMIT, searchDirectory } from '../directory';

export interface LookupData {
  status: ServerStatus;
  people: readonly Person[];
  emoji: readonly Emoji[];
}

/** Read-only answers: the server's status, the directory and the emoji list. */
export function registerLookupRoutes(app: FastifyInstance, data: LookupData): void {
  app.get('/api/status', async () => data.status);

  app.get('/api/directory', async (request, reply) => {
    const { q, limit } = request.query as { q?: unknown; limit?: unknown };
    if (q !== undefined && (typeof q !== 'string' || q.length > 200)) {
      return sendError(
        reply,
        400,
        'invalid-query',
        'q must be one search text of at most 200 characters',
      );
    }
    const count = limit === undefined || limit === '' ? undefined : Number(limit);
    if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > MAX_LIMIT)) {
      return sendError(
        reply,
        400,
        'invalid-query',
        `limit must be a whole number from 1 to ${MAX_LIMIT}`,
      );
    }
    return { people: searchDirectory(data.people, q ?? '', count) };
  });

  app.get('/api/emoji', async () => ({ emoji: data.emoji }));
}
