import { queryOptions } from '@tanstack/react-query';
import { requestJson } from './client';
import { directorySchema, type Directory } from './schemas';

/** `GET /api/directory?q=&limit=`: people whose name or open_id contains `query`. */
export function fetchDirectory(
  query: string,
  { limit = 8, signal }: { limit?: number; signal?: AbortSignal } = {},
): Promise<Directory> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  return requestJson(`/api/directory?${params.toString()}`, directorySchema, { signal });
}

export const directoryOptions = (query: string, limit = 8) =>
  queryOptions({
    queryKey: ['directory', query, limit],
    queryFn: ({ signal }) => fetchDirectory(query, { limit, signal }),
    staleTime: 60_000,
    retry: false,
  });

/** `GET /api/directory?ids=a,b`: the people with these open_ids (those the directory knows). */
export const peopleOptions = (ids: readonly string[]) =>
  queryOptions({
    queryKey: ['directory-people', ids],
    queryFn: ({ signal }) =>
      requestJson(
        `/api/directory?${new URLSearchParams({ ids: ids.join(',') }).toString()}`,
        directorySchema,
        { signal },
      ),
    enabled: ids.length > 0,
    staleTime: 60_000,
    retry: false,
  });
