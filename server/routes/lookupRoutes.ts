import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import type { Emoji, Group, Person, ServerStatus } from '../../src/api/schemas';
import { MAX_LIMIT, findPeople, searchDirectory } from '../directory';
import { limitParam, queryParam, refuseQuery, searchParam } from './requestParts';

export interface LookupData {
  status: ServerStatus;
  people: readonly Person[];
  groups: readonly Group[];
  emoji: readonly Emoji[];
}

/** `?ids=a,b`: at most `MAX_LIMIT` open_ids, given once. */
const idsParam = queryParam((value) => {
  const list = typeof value === 'string' ? value.split(',').filter(Boolean) : null;
  if (!list || list.length > MAX_LIMIT || list.some((id) => id.length > 200))
    return `ids must be one comma-separated list of at most ${MAX_LIMIT} open_ids`;
  return { value: list };
});

/** `?ids=` looks people up; `?q=&limit=` searches. */
const directoryQuery = z.object({
  ids: idsParam,
  q: searchParam('q must be one search text of at most 200 characters'),
  limit: limitParam(MAX_LIMIT),
});

/** Read-only answers: the server's status, the directory, the groups and the emoji list. */
export const lookupRoutes: FastifyPluginAsyncZod<LookupData> = async (app, data) => {
  app.get('/api/status', async () => data.status);

  app.get(
    '/api/directory',
    { schema: { querystring: directoryQuery }, config: { refuse: refuseQuery } },
    async (request) => {
      const { ids, q, limit } = request.query;
      if (ids !== undefined) return { people: findPeople(data.people, ids) };
      return { people: searchDirectory(data.people, q ?? '', limit) };
    },
  );

  app.get('/api/groups', async () => ({ groups: data.groups }));

  app.get('/api/emoji', async () => ({ emoji: data.emoji }));
};
