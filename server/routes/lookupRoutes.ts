import type { FastifyInstance } from 'fastify';
import type { Emoji, Group, Person, ServerStatus } from '../../src/api/schemas';
import { sendError } from '../errors';
import { MAX_LIMIT, findPeople, searchDirectory } from '../directory';

export interface LookupData {
  status: ServerStatus;
  people: readonly Person[];
  groups: readonly Group[];
  emoji: readonly Emoji[];
}

/** Read-only answers: the server's status, the directory, the groups and the emoji list. */
export function registerLookupRoutes(app: FastifyInstance, data: LookupData): void {
  app.get('/api/status', async () => data.status);

  app.get('/api/directory', async (request, reply) => {
    const { q, limit, ids } = request.query as { q?: unknown; limit?: unknown; ids?: unknown };
    if (ids !== undefined) {
      const list = typeof ids === 'string' ? ids.split(',').filter(Boolean) : null;
      if (!list || list.length > MAX_LIMIT || list.some((id) => id.length > 200)) {
        return sendError(
          reply,
          400,
          'invalid-query',
          `ids must be one comma-separated list of at most ${MAX_LIMIT} open_ids`,
        );
      }
      return { people: findPeople(data.people, list) };
    }
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

  app.get('/api/groups', async () => ({ groups: data.groups }));

  app.get('/api/emoji', async () => ({ emoji: data.emoji }));
}
