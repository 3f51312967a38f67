import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { requestJson } from './client';
import {
  BATCH_PAGE_SIZE,
  batchesPageSchema,
  messageDetailSchema,
  messagesPageSchema,
  sendProgressSchema,
  type BatchStatus,
  type MessageDetail,
  type SendProgress,
  type SendRequest,
} from './schemas';

/*
 * Sending and the history. A send answers at once (202) with the send in its `sending` (or
 * `scheduled`) state; `useSend(id)` then polls the small `GET /api/messages/:id/progress` until
 * no batch is pending, so a component shows `progress.done` of `progress.total`, and reads the
 * whole detail (`messageOptions(id)`, every batch) once more at the end.
 */

/** How often a send still going out is polled, in ms. */
export const SEND_POLL_MS = 500;

export const messageKeys = {
  all: ['messages'] as const,
  pages: () => [...messageKeys.all, 'page'] as const,
  page: (page: number, pageSize: number) => [...messageKeys.pages(), page, pageSize] as const,
  detail: (id: string) => [...messageKeys.all, 'detail', id] as const,
  progress: (id: string) => [...messageKeys.all, 'progress', id] as const,
};

/** How often a scheduled send is looked at: more often once its time is near. */
export const scheduledPoll = (sendAt: string | null, now = Date.now()): number =>
  sendAt !== null && Date.parse(sendAt) - now < 60_000 ? 2000 : 30_000;

/** Poll while any batch is pending, and a scheduled send until it starts; stop at an outcome. */
export const pollInterval = (
  detail: Pick<MessageDetail, 'outcome' | 'sendAt'> | undefined,
): number | false =>
  detail?.outcome === 'sending'
    ? SEND_POLL_MS
    : detail?.outcome === 'scheduled'
      ? scheduledPoll(detail.sendAt)
      : false;

/** `GET /api/messages/:id`: the send, its content and each batch (follow it with `useSend`). */
export const messageOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.detail(id),
    queryFn: ({ signal }) =>
      requestJson(`/api/messages/${encodeURIComponent(id)}`, messageDetailSchema, { signal }),
    retry: 1,
  });

/** `GET /api/messages/:id/progress`: a few hundred bytes; polled while the send goes out. */
export const progressOptions = (id: string) =>
  queryOptions({
    queryKey: messageKeys.progress(id),
    queryFn: ({ signal }) =>
      requestJson(`/api/messages/${encodeURIComponent(id)}/progress`, sendProgressSchema, {
        signal,
      }),
    retry: 1,
  });

/**
 * One send, followed while it is scheduled or going out: the detail is read once, then only
 * its progress is polled (shown over the detail), and the detail once more when it ends.
 */
export function useSend(id: string | null) {
  const client = useQueryClient();
  const detail = useQuery({ ...messageOptions(id ?? ''), enabled: id !== null });
  const following = id !== null && pollInterval(detail.data) !== false;
  const progress = useQuery({
    ...progressOptions(id ?? ''),
    enabled: following,
    refetchInterval: (query) => pollInterval(query.state.data ?? detail.data),
  });
  const latest: SendProgress | undefined =
    following && progress.data && progress.data.updatedAt >= (detail.data?.updatedAt ?? '')
      ? progress.data
      : undefined;
  const ended = latest !== undefined && pollInterval(latest) === false;
  useEffect(() => {
    // Its end (or cancellation): every batch's outcome, read once.
    if (ended && id !== null) void client.invalidateQueries({ queryKey: messageKeys.detail(id) });
  }, [client, ended, id]);
  const data: MessageDetail | undefined =
    detail.data && latest ? { ...detail.data, ...latest } : detail.data;
  // The poll failed (and its retry): what `data` says is the last known, perhaps long past, so a
  // component must not show it as current ("about 1 s left" for as long as the server is down).
  // Polling goes on meanwhile, so the first answer clears it.
  const lostContact = following && progress.isError;
  return { ...detail, data, lostContact };
}

/**
 * `GET /api/messages/:id/batches?page=`: a page of a send's batches (the detail holds the
 * first); with `statuses`, only those. Under the detail's key, so the read at a send's end
 * (`useSend`) reads them again too.
 */
export const batchesOptions = (
  id: string,
  page: number,
  {
    statuses = [],
    pageSize = BATCH_PAGE_SIZE,
  }: { statuses?: BatchStatus[]; pageSize?: number } = {},
) =>
  queryOptions({
    queryKey: [...messageKeys.detail(id), 'batches', page, pageSize, statuses] as const,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
      if (statuses.length) params.set('status', statuses.join(','));
      return requestJson(
        `/api/messages/${encodeURIComponent(id)}/batches?${params.toString()}`,
        batchesPageSchema,
        { signal },
      );
    },
    placeholderData: keepPreviousData,
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
