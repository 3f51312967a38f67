import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockMind, type MockMind, type QueuedFault } from '../e2e/support/mockMind';
import type { MessageDetail } from '../src/api/schemas';
import { openDatabase } from './store/db';
import { getSend } from './store/messageStore';
import { APP_ID, APP_SECRET, tempDir } from './testing/harness';
import {
  descendantsOf,
  freePort,
  serverUnder,
  spawnServer,
  waitUntilGone,
  waitUntilUp,
  type Spawned,
} from './testing/processes';

/*
 * Stopping `npm start` during a send, with real processes and real signals: the wrapper
 * (scripts/start.mjs, at the head of its own process group as in a terminal) and the server it
 * starts. Each run sends 6 recipients in 3 batches of 2, two at a time, to a Mind that takes
 * 500 ms a request, and stops while the first two are out. Runs are independent (their own
 * port, database and recipients) and run side by side.
 */

const ANSWER_MS = 500;

let mock: MockMind;
const started: Spawned[] = [];
beforeAll(async () => {
  mock = await startMockMind({ appId: APP_ID, appSecret: APP_SECRET });
});
afterAll(async () => {
  for (const spawned of started) {
    try {
      process.kill(-spawned.pid, 'SIGKILL');
    } catch {
      // the group is gone
    }
  }
  await mock.close();
});

interface Run {
  wrapper: Spawned;
  server: number;
  url: string;
  dataDir: string;
  ids: string[];
  sendId: string;
  /** The server's environment, to start it again on the same database. */
  env: Record<string, string>;
}

/** Starts the wrapper and a send; resolves once Mind has the first two batches. */
async function startSending(
  label: string,
  {
    graceMs = 10_000,
    faults,
    script = 'wrapper',
  }: {
    graceMs?: number;
    faults?: (ids: string[]) => QueuedFault[];
    script?: 'wrapper' | 'npm';
  } = {},
): Promise<Run> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = tempDir(`stop-${label}`);
  const env = {
    DATA_DIR: dataDir,
    STATIC_DIR: tempDir('nostatic'),
    MIND_APP_ID: APP_ID,
    MIND_APP_SECRET: APP_SECRET,
    MIND_API_URL: mock.url,
    MIND_BATCH_SIZE: '2',
    MIND_CONCURRENCY: '2',
    MIND_TIMEOUT_MS: '60000',
    SHUTDOWN_GRACE_MS: String(graceMs),
  };
  const wrapper = spawnServer({ PORT: String(port), ...env }, { script, detached: true });
  started.push(wrapper);
  await waitUntilUp(url, wrapper);
  const server = serverUnder(wrapper.pid);
  if (server === undefined) throw new Error('the wrapper has no server process');

  const ids = Array.from({ length: 6 }, (_, index) => `ou_${label}_${index}`);
  mock.enqueue(
    ...(faults?.(ids) ??
      [0, 2, 4].map((index) => ({
        fault: { kind: 'delay', ms: ANSWER_MS } as const,
        receiveId: ids[index],
      }))),
  );
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      msg_type: 'text',
      content: { text: label },
      audience: { kind: 'users', ids },
    }),
  });
  expect(response.status).toBe(202);
  const { id: sendId } = (await response.json()) as { id: string };
  for (let tries = 0; receivedBy(ids).length < 2; tries += 1) {
    if (tries > 600) throw new Error(`Mind did not get the first batches: ${wrapper.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { wrapper, server, url, dataDir, ids, sendId, env };
}

/** Each receiver among `ids` once per request Mind got for it. */
function receivedBy(ids: string[]): string[] {
  return mock.requests
    .flatMap((request) => (request.body as { receive_ids?: string[] }).receive_ids ?? [])
    .filter((id) => ids.includes(id));
}

/** The send as the stopped server left it in its database. */
async function recorded(run: Run): Promise<MessageDetail> {
  const db = await openDatabase(run.dataDir);
  try {
    const detail = await getSend(db, run.sendId);
    if (!detail) throw new Error('the send was not recorded');
    return detail;
  } finally {
    await db.destroy();
  }
}

/**
 * Every batch Mind got is `sent`, every other one left `pending` and held by no server (the next
 * start, or another server on the same database, sends it), none `unknown` or `failed`, and no
 * receiver got the message twice.
 */
function expectNothingLost(detail: MessageDetail, run: Run): void {
  const received = receivedBy(run.ids);
  expect(new Set(received).size).toBe(received.length);
  expect(received.length).toBeGreaterThanOrEqual(4);
  for (const batch of detail.batches) {
    if (received.includes(batch.receiveIds?.[0] ?? '')) {
      expect(batch.status).toBe('sent');
    } else {
      expect(batch.status).toBe('pending');
      expect(batch.attempts).toBe(0);
    }
  }
}

type Target = 'group' | 'wrapper' | 'server';

function signal(run: Run, target: Target, name: NodeJS.Signals): void {
  const pid = { group: -run.wrapper.pid, wrapper: run.wrapper.pid, server: run.server }[target];
  process.kill(pid, name);
}

describe('a stop during a send lets the batches in flight finish', () => {
  const cases: [string, Target, NodeJS.Signals, number][] = [
    ['SIGINT to the process group (Ctrl-C)', 'group', 'SIGINT', 1],
    ['SIGTERM to the process group', 'group', 'SIGTERM', 1],
    ['SIGINT to the wrapper', 'wrapper', 'SIGINT', 1],
    ['SIGTERM to the wrapper', 'wrapper', 'SIGTERM', 1],
    ['SIGINT to the server', 'server', 'SIGINT', 1],
    ['SIGTERM to the server', 'server', 'SIGTERM', 1],
    ['SIGINT twice within 50 ms to the group (Ctrl-C, Ctrl-C)', 'group', 'SIGINT', 2],
    ['SIGTERM twice within 50 ms to the group', 'group', 'SIGTERM', 2],
  ];
  cases.forEach(([label, target, name, times], index) => {
    it.concurrent(
      `${label}: in-flight batches sent, no process left`,
      async () => {
        const run = await startSending(`s${index}`);
        signal(run, target, name);
        if (times === 2) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          signal(run, target, name);
        }
        expect(await run.wrapper.exited).toEqual({ code: 0, signal: null });
        await waitUntilGone(run.server);
        expectNothingLost(await recorded(run), run);
        expect(run.wrapper.output()).toMatch(/stopping: no new sends/);
      },
      90_000,
    );
  });

  it.concurrent(
    'SIGKILL to the wrapper: the server stops the same way, not orphaned',
    async () => {
      const run = await startSending('kill');
      signal(run, 'wrapper', 'SIGKILL');
      expect((await run.wrapper.exited).signal).toBe('SIGKILL');
      await waitUntilGone(run.server);
      expectNothingLost(await recorded(run), run);
    },
    90_000,
  );

  it.concurrent(
    'SIGTERM to npm itself (`npm start` under a process manager): npm’s shell ends without passing it on, and the server still stops',
    async () => {
      const run = await startSending('npm', { script: 'npm' });
      const processes = [run.wrapper.pid, ...descendantsOf(run.wrapper.pid)];
      signal(run, 'wrapper', 'SIGTERM');
      await run.wrapper.exited;
      for (const pid of processes) await waitUntilGone(pid);
      expectNothingLost(await recorded(run), run);
    },
    90_000,
  );
});

describe('while stopping', () => {
  it.concurrent(
    'new sends and retries answer 503, history still reads, a batch that outlasts the grace period is unknown, and the next start sends the one not begun',
    async () => {
      const run = await startSending('grace', {
        graceMs: 2500,
        faults: (ids) => [
          { fault: { kind: 'hang' }, receiveId: ids[0] },
          { fault: { kind: 'delay', ms: 3 * ANSWER_MS }, receiveId: ids[2] },
        ],
      });
      signal(run, 'server', 'SIGTERM');
      // The server drains before it closes: wait until it says so.
      for (let tries = 0; !/stopping: no new sends/.test(run.wrapper.output()); tries += 1) {
        if (tries > 400) throw new Error(`no stop: ${run.wrapper.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const send = await fetch(`${run.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          msg_type: 'text',
          content: { text: 'late' },
          audience: { kind: 'user', id: 'ou_late' },
        }),
      });
      expect(send.status).toBe(503);
      expect(await send.json()).toEqual({
        error: {
          code: 'shutting-down',
          message:
            'Nothing was sent: the server is stopping. Send again once it has started again.',
        },
      });
      const retry = await fetch(`${run.url}/api/messages/${run.sendId}/retry`, { method: 'POST' });
      expect(retry.status).toBe(503);
      expect(((await retry.json()) as { error: { code: string } }).error.code).toBe(
        'shutting-down',
      );
      const history = await fetch(`${run.url}/api/messages/${run.sendId}`);
      expect(history.status).toBe(200);

      expect(await run.wrapper.exited).toEqual({ code: 0, signal: null });
      await waitUntilGone(run.server);
      const detail = await recorded(run);
      expect(detail.batches.map((batch) => batch.status)).toEqual(['unknown', 'sent', 'pending']);
      expect(detail.batches[0]?.error).toMatch(/stopped before this batch’s outcome was known/);
      expect(receivedBy(run.ids).sort()).toEqual([
        'ou_grace_0',
        'ou_grace_1',
        'ou_grace_2',
        'ou_grace_3',
      ]);
      expect(receivedBy(['ou_late'])).toEqual([]);

      // The batch not begun was left for the next start (SQLite: one process), which sends it.
      const port = await freePort();
      const again = spawnServer({ ...run.env, PORT: String(port) });
      started.push(again);
      await waitUntilUp(`http://127.0.0.1:${port}`, again);
      let after = await recorded(run);
      for (let tries = 0; tries < 400 && after.outcome === 'sending'; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        after = await recorded(run);
      }
      expect(after.batches.map((batch) => batch.status)).toEqual(['unknown', 'sent', 'sent']);
      expect(receivedBy(['ou_grace_4', 'ou_grace_5'])).toEqual(['ou_grace_4', 'ou_grace_5']);
      again.child.kill('SIGTERM');
      expect((await again.exited).code).toBe(0);
    },
    90_000,
  );
});
