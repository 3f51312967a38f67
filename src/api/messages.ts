import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { requestJson } from './client';
import {
  messageDetailSchema,
  messagesPageSchema,
  type MessageDetail,
  type SendRequest,
} from './schemas';

/*
 * Sending and the history. A send answers at once (202) with the send in its `sending` state;
 * `messageOptions(id)` then polls `GET /api/messages/:id` until no batch is pending, so a
 * component shows `progress.done` of `progress.total` and finally `outcome`.
 */

/** How often a send still going out is polled, in ms. */
export const SEND_POLL_MS = 500;

export const messageKeys = {
  all: ['messages'] as const,
  pages: () => [...messageKeys.all, 'page'] as const,
  page: (page: number, pageSize: number) => [...messageKeys.pages(), page, pageSize] as const,
  detail: (id: string) => [...messageKeys.all, 'detail', id] as const,
};

/** How often a scheduled send is looked at: more often once its time is near. */
export const scheduledPoll = (sendAt: string | null, now = Date.now()): number =>
  sendAt !== null && Date.parse(sendAt) - now < 60_000 ? 2000 : 30_000;

/** Poll while any batch is pending, and a scheduled send until it starts; stop at an outcome. */
export const pollInterval = (detail: MessageDetail | undefined): number | false =>
  detail?.outcome === 'sending'
    ? SEND_POLL_MS
    : detail?.outcome === 'scheduled'
      ? scheduledPoll(detail.sendAt)
      : false;

/** `GET /api/messages/:id`: the send, its content and each batch; polls while it is going out. */
export const messageOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.detail(id),
    queryFn: ({ signal }) =>
      requestJson(`/api/messages/${encodeURIComponent(id)}`, messageDetailSchema, { signal }),
    refetchInterval: (query) => pollInterval(query.state.data),
    retry: 1,
  });

/** `GET /api/messages?page=&pageSize=`: the history, newest first. */
export const messagesOptions = (page = 1, pageSize = 20) =>
  queryOptions({
    queryKey: messageKeys.page(page, pageSize),
    queryFn: ({ signal }) =>
      requestJson(`/api/messages?page=${page}&pageSize=${pageSize}`, messagesPageSchema, {
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => {
      const items = query.state.data?.items ?? [];
      if (items.some((item) => item.outcome === 'sending')) return SEND_POLL_MS * 2;
      const scheduled = items.filter((item) => item.outcome === 'scheduled');
      return scheduled.length
        ? Math.min(...scheduled.map((item) => scheduledPoll(item.sendAt)))
        : false;
    },
  });

/** A fresh idempotency key: make one per intended send, and keep it across re-clicks. */
export const newClientId = (): string => crypto.randomUUID();

function remember(client: QueryClient, detail: MessageDetail): void {
  client.setQueryData(messageKeys.detail(detail.id), detail);
  void client.invalidateQueries({ queryKey: messageKeys.pages() });
}

/**
 * `POST /api/messages`. Give the request a `clientId` (see `newClientId`): the server sends
 * once per clientId, so a double click or a retried request returns the same send.
 */
export function useSendMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['send-message'],
    mutationFn: (request: SendRequest) =>
      requestJson('/api/messages', messageDetailSchema, { method: 'POST', body: request }),
    onSuccess: (detail) => remember(client, detail),
  });
}

/** `POST /api/messages/:id/retry`: re-sends the failed and unknown batches with their request ids. */
export function useRetrySend() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['retry-send'],
    mutationFn: (id: string) =>
      requestJson(`/api/messages/${encodeURIComponent(id)}/retry`, messageDetailSchema, {
        method: 'POST',
      }),
    onSuccess: (detail) => remember(client, detail),
  });
}

/** `PATCH /api/messages/:id`: moves a scheduled send to `sendAt` (ISO 8601 with offset). */
export function useRescheduleSend() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['reschedule-send'],
    mutationFn: ({ id, sendAt }: { id: string; sendAt: string }) =>
      requestJson(`/api/messages/${encodeURIComponent(id)}`, messageDetailSchema, {
        method: 'PATCH',
        body: { sendAt },
      }),
    onSuccess: (detail) => remember(client, detail),
  });
}

/** `DELETE /api/messages/:id`: cancels a scheduled send; it stays in history, `cancelled`. */
export function useCancelSend() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['cancel-send'],
    mutationFn: (id: string) =>
      requestJson(`/api/messages/${encodeURIComponent(id)}`, messageDetailSchema, {
        method: 'DELETE',
      }),
    onSuccess: (detail) => remember(client, detail),
  });
}
