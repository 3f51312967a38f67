import { stringifyJson } from './exactJson';
import type { MindMessage, WireRequest } from './types';

/**
 * The wire body for a message: the same keys in the same order, with `content` (an article:
 * `articles`) encoded as `JSON.stringify` encodes it (integers beyond 2^53, held as `bigint`,
 * digit for digit).
 */
export function encodeRequest(message: MindMessage): WireRequest {
  const encoded = message.msg_type === 'article' ? 'articles' : 'content';
  return Object.fromEntries(
    Object.entries(message).map(([key, value]) => [
      key,
      key === encoded ? stringifyJson(value) : value,
    ]),
  ) as WireRequest;
}
