import { queryOptions, useQuery } from '@tanstack/react-query';
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

/**
 * The names the directory gives these open_ids (each asked once, the first 100), for showing
 * a person by name beside the id; empty while it loads, where it knows none, or cannot answer.
 */
export function usePeopleNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const asked = [...new Set(ids)].slice(0, 100);
  const people = useQuery(peopleOptions(asked));
  return new Map(people.data?.people.map((person) => [person.id, person.name]));
}
