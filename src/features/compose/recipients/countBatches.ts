import type { Audience } from '../../../api/schemas';

/** How many upstream requests the audience takes: one per `batchSize` ids (subscribers or the robot's people), one for a single person, everyone or a group. */
export function countBatches(audience: Audience, batchSize: number): number {
  if (audience.kind !== 'users' && audience.kind !== 'robot') return 1;
  return Math.max(1, Math.ceil(new Set(audience.ids).size / Math.max(1, batchSize)));
}
