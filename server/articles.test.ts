import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inboxSchema, messageDetailSchema, messagesPageSchema } from '../src/api/schemas';
import { loadConfig } from './config';
import { startServer, type RunningServer } from './startServer';
import {
  APP_ID,
  APP_SECRET,
  leaksOfSecret,
  startHarness,
  tempDir,
  type Harness,
} from './testing/harness';

const ARTICLE_PATH = '/open-platform/api/article/send_article_message';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const ARTICLE = {
  title: '2026 年度员工福利说明',
  abstract: '体检与带薪假期安排',
  thumb_url: 'https://static.mindoffice.cn/covers/benefits-2026.png',
  body: { content: '各位同事：\n详情如下。', format: 'text' },
  enable_forward: true,
};
const ENCODED = JSON.stringify(JSON.stringify(ARTICLE));

describe('articles against the mock Mind', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ MIND_BATCH_SIZE: '2' });
  });
  afterAll(async () => {
    await harness.close();
    expect(leaksOfSecret()).toEqual([]);
  });
  beforeEach(() => harness.mock.reset());

  it('posts to send_article_message in batches of receive_ids, headers and body exactly, and records it', async () => {
    const detail = await harness.sendAndSettle({
      msg_type: 'article',
      content: ARTICLE,
      audience: { kind: 'users', ids: ['ou_a', 'ou_b', 'ou_a', 'ou_c'] },
    });
    expect(detail.outcome).toBe('sent');
    const requests = harness.mock.requests;
    expect(requests.map((request) => request.path)).toEqual([ARTICLE_PATH, ARTICLE_PATH]);
    for (const request of requests) {
      expect(request.headers).toMatchObject({
        'content-type': 'application/json',
        'app-id': APP_ID,
        'app-secret': APP_SECRET,
        'x-request-id': expect.stringMatching(UUID),
      });
    }
    expect(requests.map((request) => request.rawBody).sort()).toEqual(
      [
        `{"receive_ids":["ou_a","ou_b"],"receive_type":1,"msg_type":"article","articles":${ENCODED}}`,
        `{"receive_ids":["ou_c"],"receive_type":1,"msg_type":"article","articles":${ENCODED}}`,
      ].sort(),
    );
    const { body } = await harness.call(`/api/messages/${detail.id}`);
    expect(messageDetailSchema.parse(body)).toMatchObject({
      msgType: 'article',
      channel: 'subscribers',
      content: ARTICLE,
      recipients: ['ou_a', 'ou_b', 'ou_c'],
    });
    const page = messagesPageSchema.parse((await harness.call('/api/messages')).body);
    expect(page.items.find((item) => item.id === detail.id)).toMatchObject({
      msgType: 'article',
      channel: 'subscribers',
    });
  });

  it('one person gets receive_id; every subscriber (with ALL typed) gets no recipients field', async () => {
    await harness.sendAndSettle({
      msg_type: 'article',
      content: ARTICLE,
      audience: { kind: 'user', id: 'ou_a' },
    });
    await harness.sendAndSettle({
      msg_type: 'article',
      content: ARTICLE,
      audience: { kind: 'all', confirm: 'ALL' },
    });
    expect(harness.mock.requests.map((request) => request.rawBody)).toEqual([
      `{"receive_id":"ou_a","receive_type":1,"msg_type":"article","articles":${ENCODED}}`,
      `{"receive_type":1,"msg_type":"article","articles":${ENCODED}}`,
    ]);
    const unconfirmed = await harness.call('/api/messages', {
      method: 'POST',
      json: { msg_type: 'article', content: ARTICLE, audience: { kind: 'all' } },
    });
    expect(unconfirmed.status).toBe(400);
    expect(harness.mock.requests).toHaveLength(2);
  });

  it('retries a 5xx with the same x-request-id and body', async () => {
    harness.mock.enqueue({ kind: 'status', status: 503 });
    const detail = await harness.sendAndSettle({
      msg_type: 'article',
      content: ARTICLE,
      audience: { kind: 'users', ids: ['ou_a'] },
    });
    expect(detail.outcome).toBe('sent');
    const [first, second] = harness.mock.requests;
    expect(harness.mock.requests).toHaveLength(2);
    expect(second?.path).toBe(ARTICLE_PATH);
    expect(second?.headers['x-request-id']).toBe(first?.headers['x-request-id']);
    expect(second?.rawBody).toBe(first?.rawBody);
    expect(detail.batches[0]?.attempts).toBe(2);
  });

  it('refuses, with located issues and nothing sent: a long title, no title, a bad cover, the robot or a group', async () => {
    const refuse = async (content: unknown, audience: unknown = { kind: 'user', id: 'ou_a' }) => {
      const response = await harness.call('/api/messages', {
        method: 'POST',
        json: { msg_type: 'article', content, audience },
      });
      expect(response.status).toBe(400);
      return response.body.error as { message: string; issues: { path: string; code: string }[] };
    };
    const long = await refuse({ ...ARTICLE, title: 'x'.repeat(65) });
    expect(long.issues[0]).toMatchObject({
      path: '/content/title',
      code: 'article-title-too-long',
    });
    expect(long.message).toContain('65 characters; at most 64');
    const { title: _title, ...untitled } = ARTICLE;
    expect((await refuse(untitled)).issues[0]).toMatchObject({
      path: '/content/title',
      code: 'required',
    });
    expect((await refuse({ ...ARTICLE, abstract: 'y'.repeat(151) })).issues[0]?.code).toBe(
      'article-abstract-too-long',
    );
    expect(
      (await refuse({ ...ARTICLE, thumb_url: 'javascript:alert(1)' })).issues[0],
    ).toMatchObject({ path: '/content/thumb_url', code: 'url-not-allowed' });
    for (const audience of [
      { kind: 'robot', ids: ['ou_a'] },
      { kind: 'group', id: 'og_1' },
    ]) {
      const error = await refuse(ARTICLE, audience);
      expect(error.issues[0]?.code).toBe('article-channel');
      expect(error.message).toContain('Articles go only to subscribers');
    }
    expect(harness.mock.requests).toEqual([]);
  });
});

describe('the sandbox’s send_article_message', () => {
  const SECRET = 'sandbox-secret-for-article-tests';
  let server: RunningServer;
  beforeAll(async () => {
    const dataDir = tempDir('sandbox-articles');
    server = await startServer(
      loadConfig({
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: dataDir,
        STATIC_DIR: join(dataDir, 'x'),
      }),
      false,
      SECRET,
    );
  });
  afterAll(() => server.close());

  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'app-id': 'mind_sandbox',
        'app-secret': SECRET,
        'x-request-id': randomUUID(),
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { code: number; msg: string };
  };

  it('an article sent through /api/messages lands in the inbox as an article to subscribers', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        msg_type: 'article',
        content: ARTICLE,
        audience: { kind: 'users', ids: ['ou_a', 'ou_b'] },
      }),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await server.sender.idle();
    const detail = messageDetailSchema.parse(
      await (await fetch(`${server.url}/api/messages/${id}`)).json(),
    );
    expect(detail.outcome).toBe('sent');
    const inbox = inboxSchema.parse(await (await fetch(`${server.url}/api/sandbox/inbox`)).json());
    expect(inbox.items[0]).toMatchObject({
      msgType: 'article',
      channel: 'subscribers',
      receiveIds: ['ou_a', 'ou_b'],
      message: { msg_type: 'article', articles: ARTICLE },
    });
  });

  it('keeps the contract: articles only, subscribers’ recipients, a valid article', async () => {
    const articles = JSON.stringify(ARTICLE);
    const path = '/sandbox/mind/article/send_article_message';
    expect(await post(path, { receive_id: 'ou_a', msg_type: 'article', articles })).toMatchObject({
      code: 200,
    });
    const notArticle = await post(path, {
      receive_id: 'ou_a',
      msg_type: 'text',
      content: '{"text":"hi"}',
    });
    expect(notArticle).toMatchObject({ code: 400 });
    expect(notArticle.msg).toContain('msg_type must be "article"');
    const robot = await post(path, { receive_open_ids: ['ou_a'], msg_type: 'article', articles });
    expect(robot).toMatchObject({ code: 400 });
    expect(robot.msg).toContain('send_article_message takes receive_id or receive_ids');
    const long = await post(path, {
      msg_type: 'article',
      articles: JSON.stringify({ ...ARTICLE, title: 'x'.repeat(65) }),
    });
    expect(long).toMatchObject({ code: 400 });
    expect(long.msg).toContain('at /articles/title');
    const toSendMessage = await post('/sandbox/mind/send_message', {
      receive_id: 'ou_a',
      msg_type: 'article',
      articles,
    });
    expect(toSendMessage).toMatchObject({ code: 400 });
    expect(toSendMessage.msg).toContain('send_article_message');
  });
});
