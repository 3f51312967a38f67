import { describe, expect, it } from 'vitest';
import { messageDetailSchema } from '../src/api/schemas';
import { APP_ID, APP_SECRET, tempDir, type Loose } from './testing/harness';
import {
  acceptText,
  freePort,
  serverProcesses,
  settledDetail,
  waitUntilUp,
} from './testing/processes';
import { testDatabaseEnv, testDialect } from './testing/testDatabase';

/*
 * The real server process, as `npm start` runs it: killed with SIGKILL in the middle of a
 * send, then started again on the same database (SQLite file, or PostgreSQL schema in the
 * server-postgres project). Stopping by signal: stop.test.ts.
 */

const world = serverProcesses();

/** POST /api/messages of a text to `ids`; its id once accepted (202). */
const sendText = async (url: string, ids: string[], text: string) =>
  (await acceptText(url, ids, text)).id;

describe('a server killed during a send', () => {
  it('leaves the batch in flight unknown, the next start sends those not begun, and retry re-sends the unknown one with its request id', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...world.liveEnv(port, await testDatabaseEnv(tempDir('kill'))),
      MIND_CONCURRENCY: '1',
      // On PostgreSQL the next start waits for the lease to run out (SQLite: one process, at once).
      BATCH_LEASE_MS: '1500',
    };
    const first = world.spawn(env);
    await waitUntilUp(url, first);

    world.mock.enqueue({ fault: { kind: 'hang' }, times: 1 });
    const ids = Array.from({ length: 250 }, (_, index) => `ou_k${index}`);
    const id = await sendText(url, ids, 'killed');
    const [inFlight] = await world.mock.waitForRequests(1, 60_000);
    const inFlightId = inFlight?.headers['x-request-id'];

    first.child.kill('SIGKILL');
    await first.exited;

    const second = world.spawn(env);
    await waitUntilUp(url, second);
    const read = async () =>
      messageDetailSchema.parse(await (await fetch(`${url}/api/messages/${id}`)).json());
    let record = await read();
    for (let tries = 0; tries < 600 && record.outcome === 'sending'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      record = await read();
    }
    expect(record.outcome).toBe('partial');
    expect(record.batches.map((batch) => batch.status)).toEqual(['unknown', 'sent', 'sent']);
    expect(record.batches[0]?.requestId).toBe(inFlightId);
    expect(record.batches[0]?.error).toMatch(/stopped answering before/);
    expect(record.content).toEqual({ text: 'killed' });
    // Each batch reached Mind once, the one in flight at the kill included.
    expect(world.mock.requests.map((request) => request.headers['x-request-id'])).toEqual(
      record.batches.map((batch) => batch.requestId),
    );

    world.mock.reset();
    const retry = await fetch(`${url}/api/messages/${id}/retry`, { method: 'POST' });
    expect(retry.status).toBe(202);
    await world.mock.waitForRequests(1, 60_000);
    let settled = record;
    for (let tries = 0; tries < 600 && settled.outcome !== 'sent'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      settled = messageDetailSchema.parse(await (await fetch(`${url}/api/messages/${id}`)).json());
    }
    expect(settled.outcome).toBe('sent');
    expect(world.mock.requests.map((request) => request.headers['x-request-id'])).toEqual([
      inFlightId,
    ]);

    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    expect(first.output() + second.output()).not.toContain(APP_SECRET);
    expect(second.output()).toContain('now unknown');
  }, 180_000);
});

describe('a one-batch send killed in flight', () => {
  it('is unknown after the next start, having reached Mind once: on SQLite it was recorded begun with the send itself', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...world.liveEnv(port, await testDatabaseEnv(tempDir('kill-one'))),
      BATCH_LEASE_MS: '1500',
    };
    const first = world.spawn(env);
    await waitUntilUp(url, first);
    // The first send reads the pause Mind may have asked for; a turn is free at once after it.
    expect((await settledDetail(url, await sendText(url, ['ou_first'], 'first'))).outcome).toBe(
      'sent',
    );

    world.mock.reset();
    world.mock.enqueue({ fault: { kind: 'hang' }, times: 1 });
    const detail = await acceptText(url, ['ou_one'], 'one batch, killed');
    // SQLite: its first attempt counted in the transaction that recorded the send.
    expect(detail.batches[0]?.attempts).toBe(testDialect === 'sqlite' ? 1 : 0);
    const [inFlight] = await world.mock.waitForRequests(1, 60_000);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = world.spawn(env);
    await waitUntilUp(url, second);
    const record = await settledDetail(url, detail.id);
    expect(record.batches.map((batch) => [batch.status, batch.attempts])).toEqual([['unknown', 1]]);
    expect(record.batches[0]?.requestId).toBe(inFlight?.headers['x-request-id']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.mock.requests).toHaveLength(1);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  }, 120_000);
});

describe('a sandbox server killed during a send', () => {
  it('sends the batches it left pending once the next start listens: none fails for a request that never left', async () => {
    // In sandbox mode Mind is the server itself, so a batch sent before it listens never leaves:
    // it was recorded failed ("The server is not listening yet"), Mind never contacted.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      ...(await testDatabaseEnv(tempDir('kill-sandbox'))),
      STATIC_DIR: tempDir('nostatic'),
      // Slow enough that most of its batches are still pending at the kill.
      MIND_RATE_PER_SECOND: '10',
      BATCH_LEASE_MS: '1500',
    };
    const first = world.spawn(env);
    await waitUntilUp(url, first);
    const ids = Array.from({ length: 4000 }, (_, index) => `ou_s${index}`);
    const id = await sendText(url, ids, 'killed in the sandbox');
    const done = async () =>
      ((await (await fetch(`${url}/api/messages/${id}/progress`)).json()) as Loose).progress
        .done as number;
    for (let tries = 0; tries < 600 && (await done()) < 2; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.child.kill('SIGKILL');
    await first.exited;

    // Unpaced now: the batches left over are claimed as fast as the start allows.
    const second = world.spawn({ ...env, MIND_RATE_PER_SECOND: '10000' });
    await waitUntilUp(url, second);
    const read = async () =>
      messageDetailSchema.parse(await (await fetch(`${url}/api/messages/${id}`)).json());
    let record = await read();
    for (let tries = 0; tries < 600 && record.outcome === 'sending'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      record = await read();
    }
    const statuses = record.batches.map((batch) => batch.status);
    expect(statuses.length).toBeGreaterThanOrEqual(20);
    // Only what was in flight at the kill is unknown (the sandbox answers at once: a few at most).
    expect(statuses.filter((status) => status === 'unknown').length).toBeLessThanOrEqual(4);
    expect(statuses.filter((status) => status === 'sent').length).toBeGreaterThanOrEqual(
      statuses.length - 4,
    );
    expect(record.batches.filter((batch) => batch.status === 'failed')).toEqual([]);
    expect(second.output()).not.toContain('not listening');

    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  }, 180_000);
});

describe('start-up refusals', () => {
  it('a HOST others can reach, without ACCESS_TOKEN, stops the start with the reason (other wrong values: config.test.ts)', async () => {
    const spawned = world.spawn({
      DATA_DIR: tempDir('refuse'),
      HOST: '0.0.0.0',
      MIND_APP_ID: APP_ID,
      MIND_APP_SECRET: APP_SECRET,
    });
    expect((await spawned.exited).code).toBe(1);
    expect(spawned.output()).toMatch(/did not start/);
    expect(spawned.output()).toMatch(
      /HOST: "0\.0\.0\.0" lets other machines reach the server, so ACCESS_TOKEN must be set/,
    );
    expect(spawned.output()).not.toContain(APP_SECRET);
  }, 90_000);
});
