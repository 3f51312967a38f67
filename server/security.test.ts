import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusSchema } from '../src/api/schemas';
import { APP_SECRET, leaksOfSecret, seen, startHarness, type Harness } from './testing/harness';

const TOKEN = 'access-token-for-tests-0123456789';
const send = {
  msg_type: 'text',
  content: { text: 'secure' },
  audience: { kind: 'user', id: 'ou_s' },
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ ACCESS_TOKEN: TOKEN });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
  expect([...seen.responses, ...seen.logs].filter((line) => line.includes(TOKEN))).toEqual([]);
});

const bearer = { authorization: `Bearer ${TOKEN}` };

describe('with ACCESS_TOKEN', () => {
  it('status stays open and says auth is required, with the app id masked', async () => {
    const { status, body } = await harness.call('/api/status');
    expect(status).toBe(200);
    expect(statusSchema.parse(body)).toMatchObject({
      mode: 'live',
      authRequired: true,
      appId: 'mind_y2…60u2yd',
      batchSize: 100,
    });
  });

  it.each([
    ['GET', '/api/messages'],
    ['GET', '/api/directory'],
    ['GET', '/api/emoji'],
    ['POST', '/api/messages'],
  ])('%s %s needs the token', async (method, path) => {
    const response = await harness.call(path, {
      method,
      ...(method === 'POST' ? { json: send } : {}),
    });
    expect(response.status).toBe(401);
    expect(response.body.error.message).toMatch(/access token/);
    const wrong = await harness.call(path, { method, headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('accepts Authorization: Bearer', async () => {
    const response = await harness.call('/api/messages', { headers: bearer });
    expect(response.status).toBe(200);
  });

  it('logs in with JSON: an httpOnly SameSite=Strict cookie that is not the token', async () => {
    const wrong = await harness.call('/api/login', {
      method: 'POST',
      json: { token: 'not-the-token-at-all' },
    });
    expect(wrong.status).toBe(401);
    const right = await harness.call('/api/login', { method: 'POST', json: { token: TOKEN } });
    expect(right.status).toBe(204);
    const cookie = right.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toContain(TOKEN);
    const pair = cookie.split(';')[0] ?? '';
    const listed = await harness.call('/api/messages', { headers: { cookie: pair } });
    expect(listed.status).toBe(200);
  });

  it('has a login form that posts back and redirects where the user was going', async () => {
    const page = await harness.call('/login?next=/history');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<form method="post" action="/api/login">');
    expect(page.body).toContain('value="/history"');
    expect(page.body).toContain('<label for="token">Access token</label>');
    const chinese = await harness.call('/login', {
      headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' },
    });
    expect(chinese.body).toContain('<html lang="zh-CN">');
    expect(chinese.body).toContain('访问令牌');
    const forced = await harness.call('/login?lang=en', {
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(forced.body).toContain('Sign in');
    const login = await fetch(`${harness.url}/api/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: harness.url },
      body: new URLSearchParams({ token: TOKEN, next: '/history' }).toString(),
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/history');
    expect(login.headers.get('set-cookie')).toMatch(/mcs_session=/);
    const offsite = await fetch(`${harness.url}/api/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN, next: '//evil.example/' }).toString(),
    });
    expect(offsite.headers.get('location')).toBe('/');
  });

  it('sends pages to the login form, but not assets', async () => {
    const page = await fetch(`${harness.url}/compose`, {
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fcompose');
  });

  it('refuses state-changing calls from another origin, even with the token', async () => {
    const crossSite: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const response = await harness.call('/api/messages', {
        method: 'POST',
        json: send,
        headers: { ...bearer, ...headers },
      });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('cross-origin');
    }
    expect(harness.mock.requests).toHaveLength(0);
    const same = await harness.call('/api/messages', {
      method: 'POST',
      json: send,
      headers: { ...bearer, origin: harness.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(same.status).toBe(202);
    await harness.waitSettled(same.body.id).catch(() => undefined);
  });

  it('takes the upstream URL only from configuration', async () => {
    harness.mock.reset();
    const response = await harness.call('/api/messages', {
      method: 'POST',
      json: { ...send, url: 'http://127.0.0.2:1/steal', MIND_API_URL: 'http://127.0.0.2:1/steal' },
      headers: {
        ...bearer,
        'x-mind-api-url': 'http://127.0.0.2:1/steal',
        host: 'elsewhere.example',
      },
    });
    expect(response.status).toBe(202);
    await harness.mock.waitForRequests(1);
    expect(Object.keys(harness.mock.requests[0]?.body as object)).toEqual([
      'receive_id',
      'receive_type',
      'msg_type',
      'content',
    ]);
  });
});

describe('the secret', () => {
  it('is scrubbed from log lines, whatever carries it', () => {
    const before = seen.logs.length;
    harness.server.app.log.info({ appSecret: APP_SECRET }, 'field');
    harness.server.app.log.info({ headers: { 'app-secret': APP_SECRET } }, 'headers');
    harness.server.app.log.info(`inline ${APP_SECRET} text`);
    harness.server.app.log.error(new Error(`an error mentioning ${APP_SECRET}`));
    const lines = seen.logs.slice(before);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).not.toContain(APP_SECRET);
      expect(line).toContain('[redacted]');
    }
  });

  it('is not in the SQLite file', async () => {
    await harness.server.sender.idle();
    const stored = Buffer.concat(
      ['mind-card-studio.sqlite', 'mind-card-studio.sqlite-wal']
        .map((name) => join(harness.dataDir, name))
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path)),
    );
    expect(stored.includes(Buffer.from('"ou_s"'))).toBe(true);
    expect(stored.includes(Buffer.from(APP_SECRET))).toBe(false);
  });
});

describe('the built assets', () => {
  /** Every `process.env…` or `import.meta.env.X` (other than Vite's own flags) the code reads. */
  const environmentReads = (name: string, code: string): string[] => {
    const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true);
    const reads: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const text = node.getText(file);
        const env = node.name.text === 'env' ? node.expression.getText(file) : '';
        if (env === 'process') reads.push(text);
        if (
          node.expression.getText(file) === 'import.meta.env' &&
          !['DEV', 'PROD', 'MODE', 'BASE_URL', 'SSR'].includes(node.name.text)
        ) {
          reads.push(text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return reads;
  };

  it('finds a read of the environment where there is one, and not in a string', () => {
    expect(environmentReads('a.ts', 'const a = process.env.X;')).toEqual(['process.env']);
    expect(environmentReads('b.ts', 'const b = import.meta.env.VITE_SECRET;')).toEqual([
      'import.meta.env.VITE_SECRET',
    ]);
    expect(environmentReads('c.ts', "const c = 'process.env.X' + import.meta.env.DEV;")).toEqual(
      [],
    );
  });

  it('cannot carry the secret: no browser code reads the environment, and Vite exposes none of it', () => {
    const root = new URL('..', import.meta.url).pathname;
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(
      (name) => /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name),
    );
    expect(sources.length).toBeGreaterThan(20);
    for (const name of sources) {
      const code = readFileSync(join(root, 'src', name), 'utf8');
      expect(environmentReads(name, code), name).toEqual([]);
    }
    const viteConfig = readFileSync(join(root, 'vite.config.ts'), 'utf8');
    expect(viteConfig).not.toMatch(/envPrefix|define\s*:/);
  });
});

describe('rate limit', () => {
  it('answers 429 in the API error shape past the limit', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'mcs-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    const limited = await startHarness({ RATE_LIMIT_PER_MINUTE: '5', STATIC_DIR: staticDir });
    try {
      const statuses: number[] = [];
      let last: unknown;
      for (let index = 0; index < 7; index += 1) {
        const response = await limited.call('/api/status');
        statuses.push(response.status);
        last = response.body;
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      expect(last).toMatchObject({ error: { code: 'rate-limited' } });
      // The app's own files are not counted: a page load must not lock the user out.
      for (const path of ['/designer', '/index.html', '/history']) {
        expect((await limited.call(path)).status, path).toBe(200);
      }
    } finally {
      await limited.close();
      rmSync(staticDir, { recursive: true, force: true });
    }
  });
});

describe('behind a trusted proxy', () => {
  it('compares the Origin with X-Forwarded-Host and limits by the forwarded client address', async () => {
    const proxied = await startHarness({
      TRUST_PROXY: '1',
      RATE_LIMIT_PER_MINUTE: '2',
      ALLOWED_HOSTS: 'studio.example.com',
    });
    try {
      const fromProxy = {
        host: '127.0.0.1:1',
        'x-forwarded-host': 'studio.example.com',
        origin: 'https://studio.example.com',
      };
      const accepted = await proxied.call('/api/messages', {
        method: 'POST',
        json: send,
        headers: { ...fromProxy, 'x-forwarded-for': '203.0.113.1' },
      });
      expect(accepted.status).toBe(202);
      const forged = await proxied.call('/api/messages', {
        method: 'POST',
        json: send,
        headers: { ...fromProxy, origin: 'https://evil.example', 'x-forwarded-for': '203.0.113.2' },
      });
      expect(forged.status).toBe(403);
      const statuses = [];
      for (const client of ['203.0.113.3', '203.0.113.3', '203.0.113.3', '203.0.113.4']) {
        statuses.push(
          (await proxied.call('/api/status', { headers: { 'x-forwarded-for': client } })).status,
        );
      }
      expect(statuses).toEqual([200, 200, 429, 200]);
      await proxied.waitSettled(accepted.body.id);
    } finally {
      await proxied.close();
    }
  });
});
