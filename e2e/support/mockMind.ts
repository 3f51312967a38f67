import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A stand-in for Mind's endpoints (send_message, and the robot's to people and to a group,
 * told apart by `path`): a real HTTP server on an ephemeral port that
 * records every request (headers and body) and answers as told: OK, a delay, a reset
 * connection, a 5xx, a body that is not JSON, a non-200 `code`, or no answer at all. Driven
 * in-process (`startMockMind`) or over HTTP from another process (`/__mock/*`, see the CLI).
 */

/** What the mock does with one request. */
export type MockFault =
  | { kind: 'ok' }
  | { kind: 'code'; code: number | string; msg: string }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'invalid-json' }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'delay'; ms: number; then?: MockFault };

export interface QueuedFault {
  fault: MockFault;
  /**
   * Only for requests to this open_id (in `receive_id`, `receive_ids` or `receive_open_ids`)
   * or group (`group_id`); any request when absent.
   */
  receiveId?: string;
  /** How many matching requests it answers; 1 when absent. */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Header names lower-cased, as Node gives them. */
  headers: Record<string, string>;
  rawBody: string;
  /** The parsed body, or undefined when it was not JSON. */
  body: unknown;
  receivedAt: number;
  /** What the mock did with it. */
  answer: MockFault['kind'];
}

export interface MockMindOptions {
  port?: number;
  /** When both are set, requests with other credentials get code 401. */
  appId?: string;
  appSecret?: string;
}

export interface MockMind {
  /** The send_message URL, to use as MIND_API_URL. */
  url: string;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Queues how the next matching requests are answered; unmatched requests get `ok`. */
  enqueue(...faults: (QueuedFault | MockFault)[]): void;
  /** The most requests it was answering at the same moment. */
  readonly maxConcurrent: number;
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  reset(): void;
  close(): Promise<void>;
}

export const MOCK_PATH = '/open-platform/api/open-apis/send_message';

const isQueued = (value: QueuedFault | MockFault): value is QueuedFault => 'fault' in value;

function receiversOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const record = body as {
    receive_id?: unknown;
    receive_ids?: unknown;
    receive_open_ids?: unknown;
    group_id?: unknown;
  };
  const ids = [
    ...(Array.isArray(record.receive_ids) ? record.receive_ids : [record.receive_id]),
    ...(Array.isArray(record.receive_open_ids) ? record.receive_open_ids : []),
    record.group_id,
  ];
  return ids.filter((id): id is string => typeof id === 'string');
}

export async function startMockMind(options: MockMindOptions = {}): Promise<MockMind> {
  const requests: RecordedRequest[] = [];
  let queue: (QueuedFault & { times: number })[] = [];
  const waiters = new Set<() => void>();
  const hanging = new Set<ServerResponse>();
  let inFlight = 0;
  let maxConcurrent = 0;

  const take = (body: unknown): MockFault => {
    const receivers = receiversOf(body);
    const index = queue.findIndex((item) => !item.receiveId || receivers.includes(item.receiveId));
    const item = queue[index];
    if (!item) return { kind: 'ok' };
    item.times -= 1;
    if (item.times <= 0) queue.splice(index, 1);
    return item.fault;
  };

  const respond = async (
    fault: MockFault,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> => {
    switch (fault.kind) {
      case 'ok':
        return json(response, 200, { code: 200, msg: 'OK', data: {} });
      case 'code':
        return json(response, 200, { code: fault.code, msg: fault.msg, data: {} });
      case 'status':
        response.writeHead(fault.status, {
          'content-type': 'application/json',
          ...(fault.status >= 300 && fault.status < 400
            ? { location: 'http://127.0.0.1:9/elsewhere' }
            : {}),
          ...fault.headers,
        });
        response.end(fault.body ?? JSON.stringify({ error: 'upstream trouble' }));
        return;
      case 'invalid-json':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html><body>502 Bad Gateway</body></html>');
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'hang':
        hanging.add(response);
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return respond(fault.then ?? { kind: 'ok' }, request, response);
    }
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith('/__mock/'))
        return control(path, request.method ?? 'GET', rawBody, response);
      let body: unknown;
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = undefined;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
      );
      const wrongCredentials =
        options.appId !== undefined &&
        (headers['app-id'] !== options.appId || headers['app-secret'] !== options.appSecret);
      const fault: MockFault = wrongCredentials
        ? { kind: 'code', code: 401, msg: 'app-id or app-secret is not valid' }
        : take(body);
      requests.push({
        method: request.method ?? 'GET',
        path,
        headers,
        rawBody,
        body,
        receivedAt: Date.now(),
        answer: fault.kind,
      });
      inFlight += 1;
      maxConcurrent = Math.max(maxConcurrent, inFlight);
      response.once('close', () => (inFlight -= 1));
      waiters.forEach((wake) => wake());
      void respond(fault, request, response);
    });
  });

  const mock: MockMind = {
    url: '',
    requests,
    get maxConcurrent() {
      return maxConcurrent;
    },
    enqueue(...faults) {
      queue.push(
        ...faults.map((item) =>
          isQueued(item) ? { ...item, times: item.times ?? 1 } : { fault: item, times: 1 },
        ),
      );
    },
    waitForRequests(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (requests.length < count) return;
          cleanup();
          resolve(requests.slice());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`mock Mind got ${requests.length} of ${count} requests`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    reset() {
      requests.length = 0;
      queue = [];
      maxConcurrent = inFlight;
    },
    async close() {
      hanging.forEach((response) => response.socket?.destroy());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function control(path: string, method: string, rawBody: string, response: ServerResponse) {
    if (path === '/__mock/requests' && method === 'GET') return json(response, 200, { requests });
    if (path === '/__mock/reset' && method === 'POST') {
      mock.reset();
      return json(response, 200, { ok: true });
    }
    if (path === '/__mock/faults' && method === 'POST') {
      try {
        mock.enqueue(...(JSON.parse(rawBody) as QueuedFault[]));
        return json(response, 200, { ok: true });
      } catch {
        return json(response, 400, { error: 'send a JSON array of { fault, receiveId?, times? }' });
      }
    }
    return json(response, 404, { error: 'unknown control path' });
  }

  // Idle keep-alive sockets stay open well past any client's own idle timeout: with Node's 5 s,
  // a loaded machine let a client reuse a socket just as the mock closed it ("other side closed").
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  mock.url = `http://127.0.0.1:${port}${MOCK_PATH}`;
  return mock;
}

function json(response: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body);
}
