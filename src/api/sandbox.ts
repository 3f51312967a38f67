import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { requestJson } from './client';
import { inboxSchema } from './schemas';

export const inboxKey = ['sandbox', 'inbox'] as const;

/** `GET /api/sandbox/inbox`: what the sandbox's Mind accepted, newest first; refreshes itself. */
export const inboxOptions = (limit = 50) =>
  queryOptions({
    queryKey: [...inboxKey, limit],
    queryFn: ({ signal }) =>
      requestJson(`/api/sandbox/inbox?limit=${limit}`, inboxSchema, { signal }),
    refetchInterval: 3_000,
    retry: false,
  });

/** `DELETE /api/sandbox/inbox`: empties the sandbox inbox. */
export function useClearInbox() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['clear-inbox'],
    mutationFn: () => requestJson('/api/sandbox/inbox', z.undefined(), { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKey }),
  });
}
