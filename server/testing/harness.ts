import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockMind, type MockMind } from '../../e2e/support/mockMind';
import type { MessageDetail } from '../../src/api/schemas';
import { loadConfig } from '../config';
import { startServer, type RunningServer } from '../startServer';
import { testDatabaseEnv } from './testDatabase';

export const APP_ID = 'mind_y2rbhgo9no60u2yd';
/** Distinctive, so any leak is found by a plain substring search. */
export const APP_SECRET = 'sEcReT-9f2c4e7a1b6d8c3e5f0a2b4c6d8e0f1a';

/** Response bodies in tests are read field by field; the contract itself is checked with zod. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** Every response body and header block, and every log line, seen by this test file. */
export const seen = { responses: [] as string[], logs: [] as string[] };

export interface Harness {
  server: RunningServer;
  mock: MockMind;
  url: string;
  dataDir: string;
  /** fetch against the server, recording the response for the leak check. */
  call(
    path: string,
    init?: RequestInit & { json?: unknown },
  ): Promise<{ status: number; body: Loose; headers: Headers }>;
  /** POSTs a send and waits until no batch is pending. */
  sendAndSettle(body: unknown): Promise<MessageDetail>;
  waitSettled(id: string): Promise<MessageDetail>;
  close(): Promise<void>;
}

export const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `mcs-${label}-`));

/**
 * A live-mode server on an ephemeral port, talking to a mock Mind, with a fresh SQLite file
 * (on PostgreSQL in the server-postgres project: a fresh schema; see testDatabase.ts).
 */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const mock = await startMockMind({ appId: APP_ID, appSecret: APP_SECRET });
  const dataDir = env.DATA_DIR ?? tempDir('server');
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    ...(await testDatabaseEnv(dataDir)),
    STATIC_DIR: join(dataDir, 'no-static'),
    MIND_APP_ID: APP_ID,
    MIND_APP_SECRET: APP_SECRET,
    MIND_API_URL: mock.url,
    MIND_TIMEOUT_MS: '5000',
    MIND_BACKOFF_MS: '5',
    // Pacing is tested on its own (pacing.test.ts); elsewhere it must not slow a test down.
    MIND_RATE_PER_SECOND: '10000',
    // The per-client limit is tested on its own (security.test.ts, door.test.ts); elsewhere a
    // test's polling for a slow send (a loaded machine, PostgreSQL) must not be refused.
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const server = await startServer(config, {
    level: 'debug',
    stream: { write: (line: string) => void seen.logs.push(line) },
  });
  const call: Harness['call'] = async (path, init = {}) => {
    const { json, ...rest } = init;
    const response = await fetch(`${server.url}${path}`, {
      ...rest,
      ...(json === undefined
        ? {}
        : {
            body: JSON.stringify(json),
            headers: { 'content-type': 'application/json', ...rest.headers },
          }),
    });
    const text = await response.text();
    seen.responses.push(JSON.stringify([...response.headers]), text);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers };
  };
  const waitSettled = async (id: string) => {
    for (let tries = 0; tries < 2400; tries += 1) {
      const { body } = await call(`/api/messages/${id}`);
      if ((body as MessageDetail).outcome !== 'sending') return body as MessageDetail;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`send ${id} did not settle`);
  };
  return {
    server,
    mock,
    url: server.url,
    dataDir,
    call,
    waitSettled,
    async sendAndSettle(body) {
      const response = await call('/api/messages', { method: 'POST', json: body });
      if (response.status !== 202 && response.status !== 200) {
        throw new Error(`send refused: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return waitSettled((response.body as MessageDetail).id);
    },
    async close() {
      await server.close();
      await mock.close();
    },
  };
}

/** The secret must be in none of the responses nor log lines this file saw. */
export function leaksOfSecret(): string[] {
  return [...seen.responses, ...seen.logs].filter((text) => text.includes(APP_SECRET));
}
