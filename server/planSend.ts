import { encodeFor, type Destination, type MindMessage, type WireRequest } from '../src/mind';
import type { Audience, AudienceKind } from '../src/api/schemas';
import type { PersonalExpansion } from './personalSend';
import { yieldToLoop } from './yieldToLoop';

export interface SendPlan {
  /** Distinct recipients in first-seen order (a group: its id); empty for `all`. */
  recipients: string[];
  /** The open_ids of each upstream request; `[null]` for a broadcast or a group. */
  batches: (string[] | null)[];
}

/**
 * Removes duplicate ids (keeping the first) and splits them into batches of `batchSize`: the
 * lists of `receive_ids` (subscribers) or `receive_open_ids` (the robot). A broadcast and a
 * group are one request.
 */
export function planSend(audience: Audience, batchSize: number): SendPlan {
  if (audience.kind === 'all') return { recipients: [], batches: [null] };
  if (audience.kind === 'group') return { recipients: [audience.id], batches: [null] };
  const ids = audience.kind === 'user' ? [audience.id] : audience.ids;
  const recipients = [...new Set(ids)];
  const batches: string[][] = [];
  for (let start = 0; start < recipients.length; start += batchSize) {
    batches.push(recipients.slice(start, start + batchSize));
  }
  return { recipients, batches };
}

/** Ids deduplicated between two turns of the event loop by `planSendInChunks`. */
const PLAN_CHUNK = 10_000;

/**
 * `planSend`, letting the event loop answer other requests every `PLAN_CHUNK` ids: a list of
 * 100,000 took 15–25 ms in one go.
 */
export async function planSendInChunks(audience: Audience, batchSize: number): Promise<SendPlan> {
  if (audience.kind !== 'users' && audience.kind !== 'robot') return planSend(audience, batchSize);
  const seen = new Set<string>();
  const recipients: string[] = [];
  for (let start = 0; start < audience.ids.length; start += PLAN_CHUNK) {
    if (start > 0) await yieldToLoop();
    const end = Math.min(start + PLAN_CHUNK, audience.ids.length);
    for (let index = start; index < end; index += 1) {
      const id = audience.ids[index] as string;
      if (seen.has(id)) continue;
      seen.add(id);
      recipients.push(id);
    }
  }
  const batches: string[][] = [];
  for (let start = 0; start < recipients.length; start += batchSize) {
    batches.push(recipients.slice(start, start + batchSize));
  }
  return { recipients, batches };
}

/**
 * A personal send's batches: each distinct expanded content to its recipients, in batches of
 * `batchSize` (recipients whose message is identical share a request); and every recipient
 * with the index of the batch that carries their message (null: skipped).
 */
export function planPersonalBatches(
  expansion: PersonalExpansion,
  batchSize: number,
): {
  recipients: string[];
  batches: { receiveIds: string[]; content: unknown }[];
  people: { openId: string; values: string[]; batchIndex: number | null; skipped: string | null }[];
} {
  const batches: { receiveIds: string[]; content: unknown }[] = [];
  const batchOf = new Map<string, number>();
  for (const group of expansion.groups) {
    for (let start = 0; start < group.ids.length; start += batchSize) {
      const receiveIds = group.ids.slice(start, start + batchSize);
      for (const id of receiveIds) batchOf.set(id, batches.length);
      batches.push({ receiveIds, content: group.content });
    }
  }
  return {
    recipients: expansion.ledger.map((entry) => entry.openId),
    batches,
    people: expansion.ledger.map((entry) => ({
      openId: entry.openId,
      values: entry.values,
      batchIndex: entry.skipped === null ? (batchOf.get(entry.openId) ?? null) : null,
      skipped: entry.skipped,
    })),
  };
}

export interface WireInput {
  msgType: MindMessage['msg_type'];
  content: unknown;
  receiveType: number | null;
  audienceKind: AudienceKind;
  /** The batch's open_ids; null for a broadcast or a group. */
  receiveIds: string[] | null;
  /** The send's recipients: a group's id is its first. */
  recipients: readonly string[];
}

/** Where one batch goes: the channel and recipients field of its audience. */
export function destinationOf(input: WireInput): Destination {
  switch (input.audienceKind) {
    case 'robot':
      return { channel: 'robot', openIds: input.receiveIds ?? [] };
    case 'group':
      return { channel: 'group', groupId: input.recipients[0] ?? '' };
    case 'all':
      return { channel: 'subscribers', receiveIds: null };
    case 'user':
    case 'users':
      return {
        channel: 'subscribers',
        receiveIds: input.receiveIds ?? [],
        single: input.audienceKind === 'user',
      };
  }
}

/**
 * The body of one upstream request, keys in the guide's order for its channel (see
 * `encodeFor`): `receive_id` for one subscriber, `receive_ids` for a list, neither for a
 * broadcast, then `receive_type`; `receive_open_ids` for the robot; `group_id` for a group;
 * then `msg_type`, and `content` encoded as a JSON string.
 */
export function buildWireBody(input: WireInput): WireRequest {
  return encodeFor(destinationOf(input), {
    msg_type: input.msgType ?? 'text',
    content: input.content,
    receive_type: input.receiveType,
  });
}
