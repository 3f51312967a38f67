import type { MindMessage, WireRequest } from './types';

/**
 * The wire body for a message: the same keys in the same order, with `content` encoded as
 * `JSON.stringify` encodes it.
 */
export function encodeRequest(message: MindMessage): WireRequest {
  return Object.fromEntries(
    Object.entries(message).map(([key, value]) => [
      key,
      key === 'content' ? JSON.stringify(value) : value,
    ]),
  ) as WireRequest;
}
