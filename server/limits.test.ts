import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../src/api/schemas';
import { MAX_JSON_DEPTH, MAX_JSON_KEYS } from './jsonLimits';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ BODY_LIMIT_BYTES: String(4 * 1024 * 1024) });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const raw = (path: string, method: string, body: string) =>
  harness.call(path, { method, body, headers: { 'content-type': 'application/json' } });

describe('request bodies are bounded in depth and keys', () => {
  const deep = `{"msg_type":"text","content":{"text":"x","deep":${nested(10_000)}},"audience":{"kind":"user","id":"ou_1"}}`;

  it.each([
    ['POST', '/api/messages'],
    ['POST', '/api/templates'],
    ['PUT', '/api/templates/tpl_0123456789abcdef'],
    ['PATCH', '/api/templates/tpl_0123456789abcdef'],
    ['POST', '/sandbox/mind/send_message'],
  ])('%s %s with 10,000 levels of nesting → 400 saying so', async (method, path) => {
    const answer = await raw(path, method, deep);
    expect(answer.status).toBe(400);
    const { error } = apiErrorSchema.parse(answer.body);
    expect(error.code).toBe('body-too-complex');
    expect(error.message).toContain(`more than ${MAX_JSON_DEPTH} levels`);
  });

  it('counts nesting inside strings as text, not structure', async () => {
    const text = `${'['.repeat(5000)}{"a":1}`;
    const answer = await harness.call('/api/messages', {
      method: 'POST',
      json: { msg_type: 'text', content: { text }, audience: { kind: 'user', id: 'ou_1' } },
    });
    expect(answer.status).toBe(202);
    await harness.waitSettled(answer.body.id);
  });

  it('refuses more keys than the limit', async () => {
    const keys = Array.from({ length: MAX_JSON_KEYS + 1 }, (_, index) => `"k${index}":0`);
    const answer = await raw('/api/templates', 'POST', `{${keys.join(',')}}`);
    expect(answer.status).toBe(400);
    expect(apiErrorSchema.parse(answer.body).error.message).toContain(
      `more than ${MAX_JSON_KEYS} keys`,
    );
  });

  it('accepts a template nested as deep as a real one gets', async () => {
    let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
    for (let level = 0; level < 12; level += 1) {
      node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    }
    const answer = await harness.call('/api/templates', {
      method: 'POST',
      json: { name: 'lists in lists', msg_type: 'rich_text', content: [node] },
    });
    expect(answer.status).toBe(201);
  });
});

describe("Mind's answers are read up to 1 MiB", () => {
  const huge = 64 * 1024 * 1024;

  it('a 64 MiB answer with its length declared fails the batch, saying why', async () => {
    harness.mock.reset();
    harness.mock.enqueue({
      kind: 'status',
      status: 200,
      body: `{"code":200,"msg":"${'x'.repeat(huge)}"}`,
    });
    const detail = await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'big answer' },
      audience: { kind: 'user', id: 'ou_big' },
    });
    expect(detail.outcome).toBe('failed');
    expect(detail.batches[0]?.error).toMatch(/larger than 1 MiB/);
    expect(harness.mock.requests).toHaveLength(1);
  });

  it('a 64 MiB answer streamed without a length is cut off at the cap', async () => {
    let written = 0;
    const mind: Server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (written < huge) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => mind.listen(0, '127.0.0.1', resolve));
    const { port } = mind.address() as AddressInfo;
    const streamed = await startHarness({
      MIND_API_URL: `http://127.0.0.1:${port}/send_message`,
      MIND_RETRIES: '0',
    });
    try {
      const detail = await streamed.sendAndSettle({
        msg_type: 'text',
        content: { text: 'streamed answer' },
        audience: { kind: 'user', id: 'ou_big' },
      });
      expect(detail.outcome).toBe('failed');
      expect(detail.batches[0]?.error).toMatch(/larger than 1 MiB/);
      expect(written).toBeLessThan(huge);
    } finally {
      await streamed.close();
      mind.closeAllConnections();
      await new Promise((resolve) => mind.close(resolve));
    }
  });
});
