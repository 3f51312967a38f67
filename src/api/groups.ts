import { queryOptions } from '@tanstack/react-query';
import { requestJson } from './client';
import { groupListSchema } from './schemas';

/** `GET /api/groups`: the groups the robot can post to (GROUPS_FILE; the sandbox's samples). */
export const groupsOptions = () =>
  queryOptions({
    queryKey: ['groups'],
    queryFn: ({ signal }) => requestJson('/api/groups', groupListSchema, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
