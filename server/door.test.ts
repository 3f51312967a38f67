import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../src/api/schemas';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';
import { rawRequest } from './testing/rawRequest';

const TOKEN = 'door-token-for-tests-0123456789';
const bearer = { authorization: `Bearer ${TOKEN}` };
const send = JSON.stringify({
  msg_type: 'text',
  content: { text: 'door' },
  audience: { kind: 'user', id: 'ou_door' },
});

/** Every way of writing `/api/messages` a router, a proxy or a browser might take for it. */
const SPELLINGS = [
  '/api/messages',
  '/%61pi/messages',
  '/%61%70%69/messages',
  '/api/%6d%65ssages',
  '/%2561pi/messages',
  '//api/messages',
  '/api//messages',
  '/./api/messages',
  '/api/./messages',
  '/x/../api/messages',
  '/%2e/api/messages',
  '/x/%2e%2e/api/messages',
  '/API/messages',
  '/Api/Messages',
  '/api%2Fmessages',
  '/api%2fmessages',
  '/\\api/messages',
  '/api/messages/',
];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ ACCESS_TOKEN: TOKEN });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});

const expectApiError = (body: unknown, code: string) =>
  expect(apiErrorSchema.parse(body).error.code).toBe(code);

describe('one door: every spelling of an API path gets the same checks', () => {
  it.each(SPELLINGS)('GET %s without the token is 401', async (path) => {
    const answer = await rawRequest(harness.url, path);
    expect(answer.status).toBe(401);
    expectApiError(answer.body, 'unauthorized');
  });

  it.each(SPELLINGS)('GET %s with the token answers JSON, never the app', async (path) => {
    const answer = await rawRequest(harness.url, path, { headers: bearer });
    expect([200, 404]).toContain(answer.status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
  });

  it.each(SPELLINGS)(
    'POST %s from another origin is refused, even with the token',
    async (path) => {
      const answer = await rawRequest(harness.url, path, {
        method: 'POST',
        body: send,
        headers: { ...bearer, origin: 'http://evil.example' },
      });
      expect(answer.status).toBe(403);
      expectApiError(answer.body, 'cross-origin');
    },
  );

  it('sent nothing and recorded nothing through any of them', async () => {
    expect(harness.mock.requests).toHaveLength(0);
    const history = await harness.call('/api/messages', { headers: bearer });
    expect(history.body.total).toBe(0);
  });

  it('a template cannot be deleted from another origin by a spelling of its path', async () => {
    const created = await harness.call('/api/templates', {
      method: 'POST',
      headers: bearer,
      json: { name: 'kept', msg_type: 'text', content: { text: 'kept' } },
    });
    expect(created.status).toBe(201);
    for (const prefix of ['/%61pi', '//api', '/API', '/x/../api']) {
      const answer = await rawRequest(harness.url, `${prefix}/templates/${created.body.id}`, {
        method: 'DELETE',
        headers: { ...bearer, origin: 'http://evil.example' },
      });
      expect(answer.status, prefix).toBe(403);
    }
    const still = await harness.call(`/api/templates/${created.body.id}`, { headers: bearer });
    expect(still.status).toBe(200);
    expect(still.body.deletedAt ?? null).toBeNull();
  });

  it('counts every spelling against the one rate limit', async () => {
    const limited = await startHarness({ RATE_LIMIT_PER_MINUTE: String(SPELLINGS.length) });
    try {
      for (const path of SPELLINGS) {
        expect((await rawRequest(limited.url, path)).status, path).not.toBe(429);
      }
      for (const path of ['/%61pi/messages', '//api/status', '/api/status']) {
        const answer = await rawRequest(limited.url, path);
        expect(answer.status, path).toBe(429);
        expectApiError(answer.body, 'rate-limited');
        expect(answer.headers['retry-after']).toMatch(/^\d+$/);
      }
    } finally {
      await limited.close();
    }
  });
});

describe('bad URLs and header values answer in the error shape', () => {
  it.each([
    ['/%zz', 'bad-url'],
    ['/api/messages/%E0%A4%A', 'bad-url'],
    ['/api/%00messages', 'bad-url'],
    ['/%2500', 'bad-url'],
    ['/api/messages%0a', 'bad-url'],
  ])('%s → 400 %s', async (path, code) => {
    const answer = await rawRequest(harness.url, path, { headers: bearer });
    expect(answer.status).toBe(400);
    expectApiError(answer.body, code);
  });

  it.each([
    ['a cookie that is not a session', { cookie: 'mcs_session=%%%; other=1' }, 401],
    ['a session cookie of the wrong length', { cookie: 'mcs_session=abc' }, 401],
    ['a bearer without a value', { authorization: 'Bearer' }, 401],
    ['a basic authorization', { authorization: 'Basic Zm9vOmJhcg==' }, 401],
  ])('%s → %i', async (_name, headers, status) => {
    const answer = await rawRequest(harness.url, '/api/messages', { headers });
    expect(answer.status).toBe(status);
    apiErrorSchema.parse(answer.body);
  });

  it.each([
    ['an Origin that is not a URL', 'not a url'],
    ['an Origin of null', 'null'],
    ['an Origin with a path', 'http://evil.example/x'],
  ])('%s on a POST → 403', async (_name, origin) => {
    const answer = await rawRequest(harness.url, '/api/messages', {
      method: 'POST',
      body: send,
      headers: { ...bearer, origin },
    });
    expect(answer.status).toBe(403);
    expectApiError(answer.body, 'cross-origin');
  });
});

describe('host allow-list', () => {
  const port = () => new URL(harness.url).port;

  it.each([
    'evil.example',
    'evil.example:PORT',
    'localhost.evil.example:PORT',
    '127.0.0.1.nip.io:PORT',
    '0.0.0.0:PORT',
    '[::ffff:7f00:1]:PORT',
    'user@localhost:PORT',
  ])('refuses Host "%s" before anything else', async (host) => {
    for (const path of ['/api/status', '/api/messages', '/', '/sandbox/mind/send_message']) {
      const answer = await rawRequest(harness.url, path, {
        headers: { ...bearer, host: host.replace('PORT', port()) },
      });
      expect(answer.status, path).toBe(421);
      expectApiError(answer.body, 'unknown-host');
    }
  });

  it.each([
    ['no Host at all', 'GET /api/messages HTTP/1.1\r\n\r\n'],
    ['HTTP/1.0 without Host', 'GET /api/messages HTTP/1.0\r\n\r\n'],
    ['a Host with a space', 'GET /api/messages HTTP/1.1\r\nHost: a b\r\n\r\n'],
  ])('refuses %s with 421 in JSON', async (_name, raw) => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port()), '127.0.0.1', () => socket.write(raw));
      let data = '';
      socket.on('data', (chunk: Buffer) => {
        data += chunk.toString();
        if (data.endsWith('}}')) socket.end();
      });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expectApiError(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)), 'unknown-host');
  });

  it('judges an absolute-form request by its path', async () => {
    const answer = await rawRequest(harness.url, 'http://127.0.0.1/API/messages');
    expect(answer.status).toBe(401);
  });

  it.each([
    '127.0.0.1:PORT',
    'localhost:PORT',
    'LOCALHOST',
    '[::1]:PORT',
    '127.1.2.3',
    'localhost.',
  ])('answers on the loopback name "%s"', async (host) => {
    const answer = await rawRequest(harness.url, '/api/status', {
      headers: { host: host.replace('PORT', port()) },
    });
    expect(answer.status).toBe(200);
  });

  it('answers on ALLOWED_HOSTS and PUBLIC_URL, and only with the port given', async () => {
    const named = await startHarness({
      ALLOWED_HOSTS: 'studio.lan, intranet.example:8443',
      PUBLIC_URL: 'https://cards.example.com',
    });
    try {
      const status = async (host: string) =>
        (await rawRequest(named.url, '/api/status', { headers: { host } })).status;
      expect(await status('studio.lan')).toBe(200);
      expect(await status('STUDIO.lan:8080')).toBe(200);
      expect(await status('intranet.example:8443')).toBe(200);
      expect(await status('intranet.example')).toBe(421);
      expect(await status('intranet.example:8444')).toBe(421);
      expect(await status('cards.example.com')).toBe(200);
      expect(await status('evil.example')).toBe(421);
    } finally {
      await named.close();
    }
  });

  it('behind a trusted proxy judges the forwarded host, and only then', async () => {
    const proxied = await startHarness({ TRUST_PROXY: '1', ALLOWED_HOSTS: 'studio.example.com' });
    const direct = await startHarness({ ALLOWED_HOSTS: 'studio.example.com' });
    try {
      const status = async (url: string, headers: Record<string, string>) =>
        (await rawRequest(url, '/api/status', { headers })).status;
      const local = { host: `127.0.0.1:${new URL(proxied.url).port}` };
      expect(
        await status(proxied.url, { ...local, 'x-forwarded-host': 'studio.example.com' }),
      ).toBe(200);
      expect(await status(proxied.url, { ...local, 'x-forwarded-host': 'evil.example' })).toBe(421);
      expect(await status(proxied.url, { host: 'evil.example' })).toBe(421);
      // Without TRUST_PROXY the forwarded header is anyone's to write: it does not count.
      expect(
        await status(direct.url, {
          host: 'evil.example',
          'x-forwarded-host': 'studio.example.com',
        }),
      ).toBe(421);
    } finally {
      await proxied.close();
      await direct.close();
    }
  });
});
