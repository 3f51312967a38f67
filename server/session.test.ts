import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeNext } from './routes/authRoutes';
import { SESSION_COOKIE } from './security';
import { leaksOfSecret, seen, startHarness, type Harness } from './testing/harness';
import { rawRequest } from './testing/rawRequest';

const TOKEN = 'session-token-for-tests-0123456789';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ ACCESS_TOKEN: TOKEN });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
  expect([...seen.responses, ...seen.logs].filter((line) => line.includes(TOKEN))).toEqual([]);
});

/** Logs in with JSON and returns the `name=value` pair of the session cookie. */
async function logIn(): Promise<string> {
  const answer = await harness.call('/api/login', { method: 'POST', json: { token: TOKEN } });
  expect(answer.status).toBe(204);
  const pair = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(pair.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
  return pair;
}

const history = (cookie: string) => harness.call('/api/messages', { headers: { cookie } });

describe('sessions', () => {
  it('each login is its own random session, never the token nor derived from it alone', async () => {
    const first = await logIn();
    const second = await logIn();
    expect(first).not.toBe(second);
    expect(first).not.toContain(TOKEN);
    expect((await history(first)).status).toBe(200);
    expect((await history(second)).status).toBe(200);
    const rows = await harness.server.db.selectFrom('sessions').selectAll().execute();
    expect(rows).toHaveLength(2);
    const value = first.split('=')[1] ?? '';
    expect(rows.some((row) => row.id === value)).toBe(false);
  });

  it('the token itself is not a cookie that works', async () => {
    expect((await history(`${SESSION_COOKIE}=${TOKEN}`)).status).toBe(401);
  });

  it('logout ends that session on the server, and only that one', async () => {
    const mine = await logIn();
    const other = await logIn();
    const out = await harness.call('/api/logout', { method: 'POST', headers: { cookie: mine } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect((await history(mine)).status).toBe(401);
    expect((await history(other)).status).toBe(200);
  });

  it('an expired session is refused', async () => {
    const cookie = await logIn();
    expect((await history(cookie)).status).toBe(200);
    await harness.server.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect((await history(cookie)).status).toBe(401);
  });

  it('a session opened with another token does not count after the token changes', async () => {
    const cookie = await logIn();
    // The server started again on the same database with a new token (one server at a time on
    // a SQLite file), then with the first one again.
    const { dataDir } = harness;
    await harness.close();
    const changed = await startHarness({
      ACCESS_TOKEN: 'a-completely-different-token-42',
      DATA_DIR: dataDir,
    });
    try {
      expect((await changed.call('/api/messages', { headers: { cookie } })).status).toBe(401);
    } finally {
      await changed.close();
    }
    harness = await startHarness({ ACCESS_TOKEN: TOKEN, DATA_DIR: dataDir });
    expect((await history(cookie)).status).toBe(200);
  });
});

describe('next= after login stays on this site', () => {
  it.each([
    ['/history', '/history'],
    ['/history?page=2#top', '/history?page=2#top'],
    ['/designer/%E4%B8%AD', '/designer/%E4%B8%AD'],
    ['/\t/evil.example/', '/'],
    ['/%09/evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/%5Cevil.example/', '/'],
    ['/%2F/evil.example/', '/'],
    ['/.//evil.example/', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    [' /history', '/'],
    ['/\nLocation: //evil', '/'],
    ['', '/'],
  ])('%j → %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each(['/%09/evil.example/', '//evil.example/', '/%5Cevil.example/', '/.//evil.example'])(
    'GET /login?next=%s answers with a local form target, POST redirects home',
    async (next) => {
      const page = await rawRequest(harness.url, `/login?next=${next}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('name="next" value="/"');
      const login = await fetch(`${harness.url}/api/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: TOKEN, next: decodeURIComponent(next) }).toString(),
      });
      expect(login.status).toBe(303);
      expect(login.headers.get('location')).toBe('/');
    },
  );

  it('without a token, /login redirects at once, and as safely', async () => {
    const open = await startHarness();
    try {
      const answer = await rawRequest(open.url, '/login?next=/%09/evil.example/');
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe('/');
    } finally {
      await open.close();
    }
  });
});
