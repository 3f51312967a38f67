import { queryOptions } from '@tanstack/react-query';
import { requestJson } from './client';
import { emojiListSchema } from './schemas';

/** `GET /api/emoji`: Mind's emoji that the editor offers, each an `alt` and a `src`. */
export const emojiOptions = () =>
  queryOptions({
    queryKey: ['emoji'],
    queryFn: ({ signal }) => requestJson('/api/emoji', emojiListSchema, { signal }),
    staleTime: 10 * 60_000,
    retry: false,
  });
