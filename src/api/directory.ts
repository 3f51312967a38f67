import { queryOptions, useQueries } from '@tanstack/react-query';
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

/** Open_ids the server looks up at once (`GET /api/directory?ids=`, its most). */
const LOOKUP_CHUNK = 100;

/**
 * The names the directory gives these open_ids (each asked once, 100 a request), for showing a
 * person by name beside the id; without the names of a lookup still loading, of people the
 * directory does not know, or when it cannot answer.
 */
export function usePeopleNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const asked = [...new Set(ids)];
  const chunks = Array.from({ length: Math.ceil(asked.length / LOOKUP_CHUNK) }, (_, index) =>
    asked.slice(index * LOOKUP_CHUNK, (index + 1) * LOOKUP_CHUNK),
  );
  const lookups = useQueries({ queries: chunks.map((chunk) => peopleOptions(chunk)) });
  return new Map(
    lookups
      .flatMap((lookup) => lookup.data?.people ?? [])
      .map((person) => [person.id, person.name]),
  );
}
