import { randomUUID } from 'node:crypto';
import { buildWireBody } from '../../server/planSend';
import { BENCH_CREDENTIALS } from './server';

/*
 * The client side of the send bench: a send through the app server (POST /api/messages,
 * then reading it back until it is no longer `sending`), the same upstream request made
 * straight to Mind, and a closed loop that keeps N of either going.
 */

interface SendSummary {
  id: string;
  outcome: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

export const pause = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

export function sendClient(serverUrl: string) {
  async function readJson<T>(path: string): Promise<T> {
    const response = await fetch(`${serverUrl}${path}`);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  const finished = (send: SendSummary): boolean => {
    if (send.outcome === 'sending') return false;
    if (send.outcome !== 'sent') throw new Error(`send ${send.id} ended ${send.outcome}`);
    return true;
  };

  return {
    /** POST /api/messages of a text message to `recipients`; resolves at the 202. */
    async post(recipients: string[]): Promise<{ id: string; ms: number }> {
      const started = performance.now();
      const response = await fetch(`${serverUrl}/api/messages`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({
          msg_type: 'text',
          content: { text: 'bench' },
          audience: { kind: 'users', ids: recipients },
        }),
      });
      const ms = performance.now() - started;
      if (response.status !== 202) throw new Error(`send refused: ${response.status}`);
      return { id: ((await response.json()) as SendSummary).id, ms };
    },

    /**
     * Reads GET /api/messages/:id until the send is no longer `sending`, asking again as soon
     * as each answer arrives (or `pauseMs` after it); resolves with the number of reads.
     */
    async settle(id: string, pauseMs = 0): Promise<number> {
      for (let reads = 1; ; reads += 1) {
        if (finished(await readJson<SendSummary>(`/api/messages/${id}`))) return reads;
        await pause(pauseMs);
      }
    },

    /**
     * Reads the newest send of the history (GET /api/messages?page=1&pageSize=1, a summary
     * without recipients or batches) first at `firstAt` (a `performance.now()` time), then
     * every `everyMs` until it is `id` and no longer sending.
     */
    async settleNewest(id: string, firstAt: number, everyMs: number): Promise<void> {
      await pause(firstAt - performance.now());
      for (;;) {
        const page = await readJson<{ items: SendSummary[] }>('/api/messages?page=1&pageSize=1');
        const newest = page.items[0];
        if (newest?.id !== id) throw new Error(`send ${id} is not the newest`);
        if (finished(newest)) return;
        await pause(everyMs);
      }
    },

    readJson,
  };
}

/** The request the server makes upstream for a one-recipient text send, made straight to Mind. */
export async function postDirect(mindUrl: string, recipient: string): Promise<void> {
  const body = buildWireBody({
    msgType: 'text',
    content: { text: 'bench' },
    receiveType: null,
    audienceKind: 'users',
    receiveIds: [recipient],
    recipients: [recipient],
  });
  const response = await fetch(mindUrl, {
    method: 'POST',
    headers: {
      ...JSON_HEADERS,
      'app-id': BENCH_CREDENTIALS.MIND_APP_ID,
      'app-secret': BENCH_CREDENTIALS.MIND_APP_SECRET,
      'x-request-id': randomUUID(),
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { code?: unknown };
  if (!response.ok || answer.code !== 200) throw new Error(`Mind answered ${response.status}`);
}

/**
 * `clients` workers each run `task` one after another, starting new ones for `durationMs`;
 * completions per second from the first start to the last completion.
 */
export async function closedLoop(
  clients: number,
  durationMs: number,
  task: (client: number, sequence: number) => Promise<unknown>,
): Promise<{ completed: number; seconds: number; perSecond: number }> {
  const started = performance.now();
  let completed = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let sequence = 0; performance.now() - started < durationMs; sequence += 1) {
        await task(client, sequence);
        completed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { completed, seconds, perSecond: completed / seconds };
}
