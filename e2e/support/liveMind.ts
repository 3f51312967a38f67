import { randomUUID } from 'node:crypto';
import type { MockFault, QueuedFault, RecordedRequest } from './mockMind';

/*
 * The live-mode pair started by playwright.config.ts: an app server with credentials whose
 * MIND_API_URL is the mock Mind, and the mock's control API. Specs run in parallel against
 * them, so a test only ever looks at requests to open_ids it made up itself, and queues faults
 * for those ids only; it never resets the mock.
 */
export const LIVE_URL = `http://127.0.0.1:${process.env.E2E_LIVE_PORT ?? ''}`;
export const MOCK_URL = `http://127.0.0.1:${process.env.E2E_MOCK_PORT ?? ''}`;

export interface WireBody {
  receive_id?: string;
  receive_ids?: string[];
  receive_type?: number;
  msg_type?: string;
  content?: string;
}

/** `count` open_ids no other test uses: `ou_<tag><token>_<n>`. */
export function uniqueIds(tag: string, count: number): string[] {
  const token = randomUUID().replace(/-/g, '').slice(0, 10);
  return Array.from(
    { length: count },
    (_, index) => `ou_${tag}${token}_${String(index).padStart(4, '0')}`,
  );
}

export async function mockRequests(): Promise<RecordedRequest[]> {
  const response = await fetch(`${MOCK_URL}/__mock/requests`);
  const payload = (await response.json()) as { requests: RecordedRequest[] };
  return payload.requests;
}

const receiversOf = (request: RecordedRequest): string[] => {
  const body = (request.body ?? {}) as WireBody;
  return body.receive_ids ?? (body.receive_id ? [body.receive_id] : []);
};

/** The requests the mock received for any of `ids`, in arrival order. */
export async function requestsTo(ids: readonly string[]): Promise<RecordedRequest[]> {
  const wanted = new Set(ids);
  return (await mockRequests()).filter((request) =>
    receiversOf(request).some((id) => wanted.has(id)),
  );
}

/** The requests with no recipients (a broadcast) whose content contains `marker`. */
export async function broadcastsWith(marker: string): Promise<RecordedRequest[]> {
  return (await mockRequests()).filter(
    (request) => receiversOf(request).length === 0 && request.rawBody.includes(marker),
  );
}

/** Queues how the mock answers the next requests to `receiveId`. */
export async function queueFault(receiveId: string, fault: MockFault, times = 1): Promise<void> {
  const faults: QueuedFault[] = [{ fault, receiveId, times }];
  const response = await fetch(`${MOCK_URL}/__mock/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`mock Mind refused the fault: ${response.status}`);
}

/** The exact body the server must send to Mind, keys in the spec's order. */
export function expectedBody(
  recipients: { receive_id: string } | { receive_ids: string[] } | Record<string, never>,
  msgType: string,
  content: unknown,
): string {
  return JSON.stringify({
    ...recipients,
    receive_type: 1,
    msg_type: msgType,
    content: JSON.stringify(content),
  });
}
