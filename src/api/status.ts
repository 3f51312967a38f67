import { queryOptions } from '@tanstack/react-query';
import { requestJson } from './client';
import { statusSchema } from './schemas';

export const statusOptions = () =>
  queryOptions({
    queryKey: ['status'],
    queryFn: ({ signal }) => requestJson('/api/status', statusSchema, { signal }),
    staleTime: 60_000,
    retry: 1,
  });
