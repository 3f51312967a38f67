import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageDetailSchema, type MessageDetail } from '../src/api/schemas';
import {
  APP_ID,
  APP_SECRET,
  leaksOfSecret,
  startHarness,
  tempDir,
  type Harness,
} from './testing/harness';
import { freePort, serverProcesses, waitUntilUp } from './testing/processes';
import { dropTestSchemas, testDatabaseEnv, testDialect } from './testing/testDatabase';

/*
 * Scheduled sends over HTTP: `sendAt` on POST /api/messages, PATCH to move it, DELETE to cancel
 * it, against a mock Mind; and a restart between acceptance and the time, with real processes.
 */

const message = (extra: Record<string, unknown> = {}) => ({
  msg_type: 'text',
  content: { text: 'at the stroke of the hour' },
  audience: { kind: 'users', ids: ['ou_sched_a', 'ou_sched_b'] },
  ...extra,
});
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ MIND_BATCH_SIZE: '1' });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
  await dropTestSchemas();
});
beforeEach(() => harness.mock.reset());

async function schedule(sendAt: string, extra: Record<string, unknown> = {}) {
  const response = await harness.call('/api/messages', {
    method: 'POST',
    json: message({ sendAt, ...extra }),
  });
  expect(response.status).toBe(202);
  return messageDetailSchema.parse(response.body);
}

describe(`scheduled sends, on ${testDialect}`, () => {
  it('is recorded scheduled, reaches Mind no sooner than sendAt and within 5 s of it', async () => {
    const sendAt = new Date(Date.now() + 2500);
    const detail = await schedule(sendAt.toISOString().replace('Z', '+00:00'));
    expect(detail.outcome).toBe('scheduled');
    expect(detail.sendAt).toBe(sendAt.toISOString());
    expect(detail.batches.map((batch) => batch.status)).toEqual(['pending', 'pending']);
    const list = await harness.call('/api/messages');
    expect(list.body.items[0]).toMatchObject({ id: detail.id, outcome: 'scheduled' });

    await harness.mock.waitForRequests(2, 10_000);
    for (const request of harness.mock.requests) {
      expect(request.receivedAt).toBeGreaterThanOrEqual(sendAt.getTime());
      expect(request.receivedAt).toBeLessThan(sendAt.getTime() + 5000);
    }
    const done = await harness.waitSettled(detail.id);
    expect(done.outcome).toBe('sent');
    expect(done.sendAt).toBe(sendAt.toISOString());
  });

  it('a time with another offset is the same instant', async () => {
    const at = new Date(Date.now() + 3_600_000);
    at.setUTCMilliseconds(0);
    const shanghai = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
    const detail = await schedule(shanghai);
    expect(detail.sendAt).toBe(at.toISOString());
    expect((await harness.call(`/api/messages/${detail.id}`, { method: 'DELETE' })).status).toBe(
      200,
    );
  });

  it('a past, malformed or too distant sendAt is a 400 naming sendAt, and nothing is recorded', async () => {
    const before = (await harness.call('/api/messages')).body.total as number;
    for (const [sendAt, said] of [
      [inMs(-1000), /sendAt .* is not in the future/],
      ['2026-13-01T10:00:00Z', /sendAt must be an ISO 8601 time with its offset/],
      ['2099-01-01T10:00:00', /sendAt must be an ISO 8601 time with its offset/],
      ['tomorrow', /sendAt must be an ISO 8601 time/],
      [12345, /sendAt must be an ISO 8601 time/],
      [inMs(31 * 24 * 3_600_000), /at most 30 days ahead/],
    ] as const) {
      const response = await harness.call('/api/messages', {
        method: 'POST',
        json: message({ sendAt }),
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(said);
      expect(response.body.error.message).toMatch(/at \/sendAt/);
      expect(response.body.error.issues[0].path).toBe('/sendAt');
    }
    expect((await harness.call('/api/messages')).body.total).toBe(before);
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('every subscriber still needs the typed confirmation when scheduled', async () => {
    const refused = await harness.call('/api/messages', {
      method: 'POST',
      json: message({ audience: { kind: 'all' }, sendAt: inMs(60_000) }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/confirm/);
    const detail = await schedule(inMs(60_000), { audience: { kind: 'all', confirm: 'ALL' } });
    expect(detail.outcome).toBe('scheduled');
    expect((await harness.call(`/api/messages/${detail.id}`, { method: 'DELETE' })).status).toBe(
      200,
    );
  });

  it('cancelled: never reaches Mind, kept in history as cancelled; cancelling again changes nothing', async () => {
    const sendAt = Date.now() + 1500;
    const detail = await schedule(new Date(sendAt).toISOString());
    const cancelled = await harness.call(`/api/messages/${detail.id}`, { method: 'DELETE' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.outcome).toBe('cancelled');
    await sleep(sendAt - Date.now() + 2500);
    expect(harness.mock.requests).toHaveLength(0);
    const after = await harness.call(`/api/messages/${detail.id}`);
    expect(after.body.outcome).toBe('cancelled');
    expect(after.body.batches.map((batch: { status: string }) => batch.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    const list = await harness.call('/api/messages');
    expect(list.body.items.find((item: { id: string }) => item.id === detail.id).outcome).toBe(
      'cancelled',
    );
    expect((await harness.call(`/api/messages/${detail.id}`, { method: 'DELETE' })).status).toBe(
      200,
    );
    const moved = await harness.call(`/api/messages/${detail.id}`, {
      method: 'PATCH',
      json: { sendAt: inMs(60_000) },
    });
    expect(moved.status).toBe(409);
    expect(moved.body.error.code).toBe('cancelled');
    const retry = await harness.call(`/api/messages/${detail.id}/retry`, { method: 'POST' });
    expect(retry.status).toBe(409);
    expect(retry.body.error.code).toBe('not-started');
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('PATCH moves it: it goes out at the new time, not the old one', async () => {
    const detail = await schedule(inMs(60_000));
    const newTime = new Date(Date.now() + 2000);
    const moved = await harness.call(`/api/messages/${detail.id}`, {
      method: 'PATCH',
      json: { sendAt: newTime.toISOString() },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ outcome: 'scheduled', sendAt: newTime.toISOString() });
    await harness.mock.waitForRequests(2, 10_000);
    expect(harness.mock.requests[0]?.receivedAt).toBeGreaterThanOrEqual(newTime.getTime());
    expect(harness.mock.requests[0]?.receivedAt).toBeLessThan(newTime.getTime() + 5000);
    expect((await harness.waitSettled(detail.id)).outcome).toBe('sent');
  });

  it('PATCH with a bad body or time is a 400 that changes nothing', async () => {
    const detail = await schedule(inMs(60_000));
    for (const [json, said] of [
      [{ sendAt: inMs(-5000) }, /Not rescheduled: sendAt .* is not in the future/],
      [{ sendAt: 'soon' }, /Not rescheduled: sendAt must be an ISO 8601 time/],
      [{}, /sendAt is required/],
      [{ sendAt: inMs(60_000), content: {} }, /Only sendAt can be changed/],
      [[1], /must be a JSON object/],
    ] as const) {
      const response = await harness.call(`/api/messages/${detail.id}`, { method: 'PATCH', json });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(said);
    }
    expect((await harness.call(`/api/messages/${detail.id}`)).body.sendAt).toBe(detail.sendAt);
    const missing = await harness.call('/api/messages/00000000-0000-4000-8000-000000000000', {
      method: 'DELETE',
    });
    expect(missing.status).toBe(404);
    await harness.call(`/api/messages/${detail.id}`, { method: 'DELETE' });
  });

  it('PATCH and DELETE answer 409 once the send has started, and change nothing', async () => {
    harness.mock.enqueue({ fault: { kind: 'delay', ms: 1500 }, times: 2 });
    const detail = await schedule(inMs(800));
    await harness.mock.waitForRequests(1, 10_000);
    const cancel = await harness.call(`/api/messages/${detail.id}`, { method: 'DELETE' });
    expect(cancel.status).toBe(409);
    expect(cancel.body.error).toMatchObject({ code: 'already-started' });
    expect(cancel.body.error.message).toMatch(/already started/);
    const move = await harness.call(`/api/messages/${detail.id}`, {
      method: 'PATCH',
      json: { sendAt: inMs(60_000) },
    });
    expect(move.status).toBe(409);
    expect(move.body.error.code).toBe('already-started');
    const done = await harness.waitSettled(detail.id);
    expect(done.outcome).toBe('sent');
    expect(done.sendAt).toBe(detail.sendAt);
    // A send that was never scheduled cannot be either.
    const now = await harness.sendAndSettle(message());
    const refused = await harness.call(`/api/messages/${now.id}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not-scheduled');
  });
});

describe(`a scheduled send across a restart (real processes), on ${testDialect}`, () => {
  const world = serverProcesses();

  async function start(env: Record<string, string>) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const spawned = world.spawn({ ...env, PORT: String(port) });
    await waitUntilUp(url, spawned);
    return { url, spawned };
  }

  it('accepted, the server killed, started again: it goes out within 5 s of sendAt', async () => {
    const env = {
      ...(await testDatabaseEnv(tempDir('sched-restart'))),
      STATIC_DIR: tempDir('nostatic'),
      MIND_APP_ID: APP_ID,
      MIND_APP_SECRET: APP_SECRET,
      MIND_API_URL: world.mock.url,
    };
    const first = await start(env);
    const sendAt = new Date(Date.now() + 6000);
    const response = await fetch(`${first.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message({ sendAt: sendAt.toISOString() })),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as MessageDetail;
    first.spawned.child.kill('SIGKILL');
    await first.spawned.exited;
    expect(Date.now()).toBeLessThan(sendAt.getTime());

    const second = await start(env);
    await world.mock.waitForRequests(1, 15_000);
    expect(world.mock.requests[0]?.receivedAt).toBeGreaterThanOrEqual(sendAt.getTime());
    expect(world.mock.requests[0]?.receivedAt).toBeLessThan(sendAt.getTime() + 5000);
    let detail = messageDetailSchema.parse(
      await (await fetch(`${second.url}/api/messages/${id}`)).json(),
    );
    for (let tries = 0; tries < 200 && detail.outcome !== 'sent'; tries += 1) {
      await sleep(50);
      detail = messageDetailSchema.parse(
        await (await fetch(`${second.url}/api/messages/${id}`)).json(),
      );
    }
    expect(detail.outcome).toBe('sent');
    expect(world.mock.requests.map((request) => request.headers['x-request-id'])).toEqual(
      detail.batches.map((batch) => batch.requestId),
    );
    second.spawned.child.kill('SIGTERM');
    expect((await second.spawned.exited).code).toBe(0);
  }, 60_000);
});
