import {
  DEFAULT_RECEIVE_TYPE,
  encodeRequest,
  type MindMessage,
  type WireRequest,
} from '../src/mind';
import type { Audience } from '../src/api/schemas';

export interface SendPlan {
  /** Distinct recipients in first-seen order; empty for `all`. */
  recipients: string[];
  /** The `receive_ids` of each upstream request; `[null]` for a broadcast. */
  batches: (string[] | null)[];
}

/** Removes duplicate ids (keeping the first) and splits them into batches of `batchSize`. */
export function planSend(audience: Audience, batchSize: number): SendPlan {
  if (audience.kind === 'all') return { recipients: [], batches: [null] };
  const ids = audience.kind === 'user' ? [audience.id] : audience.ids;
  const recipients = [...new Set(ids)];
  const batches: string[][] = [];
  for (let start = 0; start < recipients.length; start += batchSize) {
    batches.push(recipients.slice(start, start + batchSize));
  }
  return { recipients, batches };
}

export interface WireInput {
  msgType: MindMessage['msg_type'];
  content: unknown;
  receiveType: number | null;
  audienceKind: Audience['kind'];
  receiveIds: string[] | null;
}

/**
 * The body of one upstream request, keys in the spec's order: `receive_id` for one person,
 * `receive_ids` for a list, neither for a broadcast; then `receive_type`, `msg_type`, and
 * `content` encoded as a JSON string.
 */
export function buildWireBody(input: WireInput): WireRequest {
  const ids = input.receiveIds ?? [];
  const recipients =
    input.audienceKind === 'user'
      ? { receive_id: ids[0] }
      : input.audienceKind === 'users'
        ? { receive_ids: ids }
        : {};
  return encodeRequest({
    ...recipients,
    receive_type: input.receiveType ?? DEFAULT_RECEIVE_TYPE,
    msg_type: input.msgType,
    content: input.content,
  } as MindMessage);
}
