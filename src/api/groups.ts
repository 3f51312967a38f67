import { queryOptions, useQuery } from '@tanstack/react-query';
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

/**
 * A group's name where the groups list knows it; undefined while it loads, if it cannot, or for
 * no group (`null`: nothing is asked).
 */
export function useGroupName(id: string | null): string | undefined {
  const groups = useQuery({ ...groupsOptions(), enabled: id !== null });
  return id === null ? undefined : groups.data?.groups.find((group) => group.id === id)?.name;
}
