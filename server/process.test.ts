import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockMind, type MockMind } from '../e2e/support/mockMind';
import { messageDetailSchema } from '../src/api/schemas';
import { APP_ID, APP_SECRET, tempDir } from './testing/harness';

/*
 * The real server process, as `npm start` runs it: killed with SIGKILL in the middle of a
 * send, then started again on the same SQLite file.
 */

const root = new URL('..', import.meta.url).pathname;

interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function spawnServer(env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'debug', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => output, exited };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitUntilUp(url: string, spawned: Spawned): Promise<void> {
  for (let tries = 0; tries < 900; tries += 1) {
    if (spawned.child.exitCode !== null) throw new Error(`server exited: ${spawned.output()}`);
    const ok = await fetch(`${url}/api/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start: ${spawned.output()}`);
}

let mock: MockMind;
const running: Spawned[] = [];
beforeAll(async () => {
  mock = await startMockMind({ appId: APP_ID, appSecret: APP_SECRET });
});
afterAll(async () => {
  running.forEach((spawned) => spawned.child.kill('SIGKILL'));
  await mock.close();
});

describe('a server killed during a send', () => {
  it('leaves a readable record whose batches are unknown, and retry re-sends them with their request ids', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      DATA_DIR: tempDir('kill'),
      STATIC_DIR: tempDir('nostatic'),
      MIND_APP_ID: APP_ID,
      MIND_APP_SECRET: APP_SECRET,
      MIND_API_URL: mock.url,
      MIND_CONCURRENCY: '1',
      MIND_TIMEOUT_MS: '60000',
    };
    const first = spawnServer(env);
    running.push(first);
    await waitUntilUp(url, first);

    mock.enqueue({ fault: { kind: 'hang' }, times: 1 });
    const ids = Array.from({ length: 250 }, (_, index) => `ou_k${index}`);
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        msg_type: 'text',
        content: { text: 'killed' },
        audience: { kind: 'users', ids },
      }),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const [inFlight] = await mock.waitForRequests(1, 60_000);
    const inFlightId = inFlight?.headers['x-request-id'];

    first.child.kill('SIGKILL');
    await first.exited;

    const second = spawnServer(env);
    running.push(second);
    await waitUntilUp(url, second);
    const record = messageDetailSchema.parse(
      await (await fetch(`${url}/api/messages/${id}`)).json(),
    );
    expect(record.outcome).toBe('unknown');
    expect(record.batches.map((batch) => batch.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(record.batches[0]?.requestId).toBe(inFlightId);
    expect(record.batches[0]?.error).toMatch(/stopped before/);
    expect(record.content).toEqual({ text: 'killed' });

    mock.reset();
    const retry = await fetch(`${url}/api/messages/${id}/retry`, { method: 'POST' });
    expect(retry.status).toBe(202);
    await mock.waitForRequests(3, 60_000);
    let settled = record;
    for (let tries = 0; tries < 600 && settled.outcome !== 'sent'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      settled = messageDetailSchema.parse(await (await fetch(`${url}/api/messages/${id}`)).json());
    }
    expect(settled.outcome).toBe('sent');
    expect(mock.requests.map((request) => request.headers['x-request-id'])).toEqual(
      record.batches.map((batch) => batch.requestId),
    );

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(first.output() + second.output()).not.toContain(APP_SECRET);
    expect(second.output()).toContain('now unknown');
  }, 180_000);
});

describe('start-up refusals', () => {
  it('a HOST others can reach, without ACCESS_TOKEN, stops the start with the reason (other wrong values: config.test.ts)', async () => {
    const spawned = spawnServer({
      DATA_DIR: tempDir('refuse'),
      HOST: '0.0.0.0',
      MIND_APP_ID: APP_ID,
      MIND_APP_SECRET: APP_SECRET,
    });
    expect(await spawned.exited).toBe(1);
    expect(spawned.output()).toMatch(/did not start/);
    expect(spawned.output()).toMatch(
      /HOST: "0\.0\.0\.0" lets other machines reach the server, so ACCESS_TOKEN must be set/,
    );
    expect(spawned.output()).not.toContain(APP_SECRET);
  }, 90_000);
});
