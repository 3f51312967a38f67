import type { MessageSummary } from '../../api/schemas';

/**
 * The moment a send went (or goes) out: its scheduled time, or, sent when accepted, the moment
 * it was created; null for a cancelled send, which never went.
 */
export function timeOfSend(
  send: Pick<MessageSummary, 'outcome' | 'createdAt' | 'sendAt'>,
): string | null {
  if (send.outcome === 'cancelled') return null;
  return send.sendAt ?? send.createdAt;
}
