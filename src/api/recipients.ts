import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { requestJson } from './client';
import { recipientsPageSchema, type RecipientOutcome } from './personal';

/** How often a ledger of a send still going out is read again, in ms. */
const LEDGER_POLL_MS = 1000;

export interface RecipientsQuery {
  page: number;
  pageSize: number;
  q: string;
  outcome: RecipientOutcome | null;
}

/** Where the ledger lives: `GET /api/messages/:id/recipients?…`. */
export function recipientsPath(id: string, query: RecipientsQuery): string {
  const params = new URLSearchParams({
    page: String(query.page),
    pageSize: String(query.pageSize),
  });
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.outcome) params.set('outcome', query.outcome);
  return `/api/messages/${encodeURIComponent(id)}/recipients?${params.toString()}`;
}

/** The CSV of a send's recipients with these outcomes (the failed by default), values and all. */
export const recipientsCsvPath = (id: string, outcomes: readonly RecipientOutcome[] = ['failed']) =>
  `/api/messages/${encodeURIComponent(id)}/recipients.csv?outcome=${outcomes.join(',')}`;

/** One page of a send's ledger; read again while the send is going out. */
export const recipientsOptions = (id: string, query: RecipientsQuery, sending: boolean) =>
  queryOptions({
    queryKey: ['messages', 'detail', id, 'recipients', query] as const,
    queryFn: ({ signal }) =>
      requestJson(recipientsPath(id, query), recipientsPageSchema, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: sending ? LEDGER_POLL_MS : false,
  });
