import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../src/api/schemas';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ BODY_LIMIT_BYTES: '65536' });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});

const text = { text: 'hello' };
const one = { kind: 'user', id: 'ou_1' };
const valid = { msg_type: 'text', content: text, audience: one };

interface Case {
  name: string;
  method?: string;
  path?: string;
  /** A JSON value to send, or a raw string with `contentType`. */
  json?: unknown;
  raw?: string;
  contentType?: string;
  status?: number;
  /** Where the first issue points, when the request reached validation. */
  path0?: string;
}

const cases: Case[] = [
  { name: 'empty body', raw: '', contentType: 'application/json' },
  { name: 'broken JSON', raw: '{"msg_type": "text",', contentType: 'application/json' },
  {
    name: 'JSON with a trailing comma',
    raw: '{"msg_type":"text",}',
    contentType: 'application/json',
  },
  { name: 'plain text body', raw: 'hello', contentType: 'text/plain', path0: '' },
  { name: 'XML body', raw: '<msg/>', contentType: 'application/xml', status: 415 },
  { name: 'a JSON array', json: [valid], path0: '' },
  { name: 'a JSON string', json: 'send it', path0: '' },
  { name: 'JSON null', raw: 'null', contentType: 'application/json' },
  { name: 'a number', json: 42, path0: '' },
  {
    name: '__proto__ pollution',
    raw: '{"__proto__":{"x":1},"msg_type":"text"}',
    contentType: 'application/json',
  },
  { name: 'no msg_type', json: { content: text, audience: one }, path0: '/msg_type' },
  { name: 'unknown msg_type', json: { ...valid, msg_type: 'image' }, path0: '/msg_type' },
  { name: 'msg_type as a number', json: { ...valid, msg_type: 1 }, path0: '/msg_type' },
  { name: 'no content', json: { msg_type: 'text', audience: one }, path0: '/content' },
  {
    name: 'content as an encoded string',
    json: { ...valid, content: '{"text":"hi"}' },
    path0: '/content',
  },
  { name: 'text content without text', json: { ...valid, content: {} }, path0: '/content/text' },
  {
    name: 'text content with a number',
    json: { ...valid, content: { text: 5 } },
    path0: '/content/text',
  },
  { name: 'empty text', json: { ...valid, content: { text: '   ' } }, path0: '/content/text' },
  {
    name: 'markdown as an array',
    json: { ...valid, msg_type: 'markdown', content: ['x'] },
    path0: '/content',
  },
  {
    name: 'rich_text as an object',
    json: { ...valid, msg_type: 'rich_text', content: { type: 'doc' } },
    path0: '/content',
  },
  {
    name: 'rich_text empty',
    json: { ...valid, msg_type: 'rich_text', content: [] },
    path0: '/content',
  },
  {
    name: 'rich_text heading of level 9',
    json: {
      ...valid,
      msg_type: 'rich_text',
      content: [{ type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'x' }] }],
    },
    path0: '/content/0/attrs/level',
  },
  {
    name: 'interactive as a string array',
    json: { ...valid, msg_type: 'interactive', content: ['card'] },
    path0: '/content',
  },
  {
    name: 'interactive with elements not a list',
    json: { ...valid, msg_type: 'interactive', content: { elements: 'x' } },
    path0: '/content/elements',
  },
  { name: 'no audience', json: { msg_type: 'text', content: text }, path0: '/audience' },
  { name: 'audience as a string', json: { ...valid, audience: 'ou_1' }, path0: '/audience' },
  {
    name: 'audience of unknown kind',
    json: { ...valid, audience: { kind: 'fax', id: 'x' } },
    path0: '/audience/kind',
  },
  {
    name: 'user without id',
    json: { ...valid, audience: { kind: 'user' } },
    path0: '/audience/id',
  },
  {
    name: 'user with a blank id',
    json: { ...valid, audience: { kind: 'user', id: ' ' } },
    path0: '/audience/id',
  },
  {
    name: 'user id with a space inside',
    json: { ...valid, audience: { kind: 'user', id: 'ou_1 ou_2' } },
    path0: '/audience/id',
  },
  {
    name: 'users with an empty list',
    json: { ...valid, audience: { kind: 'users', ids: [] } },
    path0: '/audience/ids',
  },
  {
    name: 'users with ids as a string',
    json: { ...valid, audience: { kind: 'users', ids: 'ou_1,ou_2' } },
    path0: '/audience/ids',
  },
  {
    name: 'users with a number inside',
    json: { ...valid, audience: { kind: 'users', ids: ['ou_1', 7] } },
    path0: '/audience/ids/1',
  },
  {
    name: 'all without confirm',
    json: { ...valid, audience: { kind: 'all' } },
    path0: '/audience/confirm',
  },
  {
    name: 'all with confirm true',
    json: { ...valid, audience: { kind: 'all', confirm: true } },
    path0: '/audience/confirm',
  },
  {
    name: 'all with ids as well',
    json: { ...valid, audience: { kind: 'all', confirm: 'ALL', ids: ['ou_1'] } },
    path0: '/audience/ids',
  },
  {
    name: 'wire-style receive_id at the top',
    json: { ...valid, receive_id: 'ou_2' },
    path0: '/receive_id',
  },
  {
    name: 'receive_type as a string',
    json: { ...valid, receive_type: '1' },
    path0: '/receive_type',
  },
  {
    name: 'receive_type fractional',
    json: { ...valid, receive_type: 1.5 },
    path0: '/receive_type',
  },
  { name: 'clientId with spaces', json: { ...valid, clientId: 'a b' }, path0: '/clientId' },
  { name: 'clientId too long', json: { ...valid, clientId: 'x'.repeat(101) }, path0: '/clientId' },
  { name: 'sender as an object', json: { ...valid, sender: { name: 'x' } }, path0: '/sender' },
  {
    name: 'a body over the limit',
    json: { ...valid, content: { text: 'x'.repeat(70_000) } },
    status: 413,
  },
  {
    name: 'rich text image with a javascript: src',
    json: {
      ...valid,
      msg_type: 'rich_text',
      content: [{ type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x' } }],
    },
    path0: '/content/0/attrs/src',
  },
  {
    name: 'rich text emoji with a data: src',
    json: {
      ...valid,
      msg_type: 'rich_text',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'emoji', attrs: { alt: 'x', src: 'data:image/svg+xml,<svg/>' } }],
        },
      ],
    },
    path0: '/content/0/content/0/attrs/src',
  },
  {
    name: 'an unknown card element with a javascript: pc_url',
    json: {
      ...valid,
      msg_type: 'interactive',
      content: {
        header: { title: { content: 't' } },
        elements: [{ tag: 'gallery', items: [{ pc_url: 'javascript:alert(1)' }] }],
      },
    },
    path0: '/content/elements/0/items/0/pc_url',
  },
  { name: 'history page 0', method: 'GET', path: '/api/messages?page=0' },
  { name: 'history pageSize 1000', method: 'GET', path: '/api/messages?pageSize=1000' },
  { name: 'history page not a number', method: 'GET', path: '/api/messages?page=abc' },
  {
    name: 'a send id that is not one',
    method: 'GET',
    path: '/api/messages/..%2F..%2Fetc',
    status: 404,
  },
  { name: 'retry of a malformed id', method: 'POST', path: '/api/messages/x/retry', status: 404 },
  { name: 'directory limit 0', method: 'GET', path: '/api/directory?limit=0' },
  { name: 'directory q given twice', method: 'GET', path: '/api/directory?q=a&q=b' },
  { name: 'directory ids given twice', method: 'GET', path: '/api/directory?ids=a&ids=b' },
  { name: 'unknown API route', method: 'GET', path: '/api/nothing-here', status: 404 },
  { name: 'DELETE on messages', method: 'DELETE', path: '/api/messages', status: 404 },
];

describe('malformed requests: each a 4xx with a message, none forwarded, none a 500', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const before = harness.mock.requests.length;
    const init: RequestInit = { method: item.method ?? 'POST' };
    if (item.raw !== undefined) {
      init.body = item.raw;
      init.headers = { 'content-type': item.contentType ?? 'application/json' };
    } else if (item.json !== undefined) {
      init.body = JSON.stringify(item.json);
      init.headers = { 'content-type': 'application/json' };
    }
    const response = await harness.call(item.path ?? '/api/messages', init);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    if (item.status) expect(response.status).toBe(item.status);
    const parsed = apiErrorSchema.parse(response.body);
    expect(parsed.error.message.length).toBeGreaterThan(10);
    if (item.path0 !== undefined) {
      expect(response.status).toBe(400);
      expect(parsed.error.issues?.[0]?.path).toBe(item.path0);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(harness.mock.requests.length).toBe(before);
  });

  it.each([
    ['a raw non-ASCII URL', 'GET /api/directory?q=\u738b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a header without a colon', 'GET /api/status HTTP/1.1\r\nHost x\r\n\r\n'],
  ])('%s: 400 in JSON, from the HTTP parser', async (_name, raw) => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(harness.url).port), '127.0.0.1', () =>
        socket.write(Buffer.from(raw, 'utf8')),
      );
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;
    expect(apiErrorSchema.parse(body).error.code).toBe('malformed-http');
  });

  it('recorded nothing in the history', async () => {
    const history = await harness.call('/api/messages');
    expect(history.body.total).toBe(0);
    expect(harness.mock.requests).toHaveLength(0);
  });
});
