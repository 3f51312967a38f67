import type { MessageSummary } from './schemas';

export type RecipientSummary =
  | { kind: 'all' }
  | { kind: 'group'; id: string }
  | { kind: 'one'; id: string }
  | { kind: 'many'; count: number; first: string; others: number };

/**
 * Who a past send went to, for one line of the history and its result: every subscriber, one
 * group (its id), one id, or a count and the first id. Every audience kind is named here, so a
 * new one is a type error until it is described, never read as "every subscriber".
 */
export function summarizeRecipients(audience: MessageSummary['audience']): RecipientSummary {
  const first = audience.sample[0] ?? '';
  switch (audience.kind) {
    case 'all':
      return { kind: 'all' };
    case 'group':
      return { kind: 'group', id: first };
    case 'user':
    case 'users':
    case 'robot':
      if (audience.count <= 1) return { kind: 'one', id: first };
      return { kind: 'many', count: audience.count, first, others: audience.count - 1 };
  }
}

/** The first person a past send went to, where it went to people (not a group, not everyone). */
export function firstPerson(audience: MessageSummary['audience']): string | undefined {
  return audience.kind === 'all' || audience.kind === 'group' ? undefined : audience.sample[0];
}
