import type { MessageSummary } from '../../api/schemas';

export type RecipientSummary =
  | { kind: 'all' }
  | { kind: 'one'; id: string }
  | { kind: 'many'; count: number; first: string; others: number };

/** Who a past send went to, for one line of the history: everyone, one id, or a count and the first id. */
export function summarizeRecipients(audience: MessageSummary['audience']): RecipientSummary {
  if (audience.kind === 'all') return { kind: 'all' };
  const first = audience.sample[0] ?? '';
  if (audience.count <= 1) return { kind: 'one', id: first };
  return { kind: 'many', count: audience.count, first, others: audience.count - 1 };
}
