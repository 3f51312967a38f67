import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';

/*
 * A 19-digit id in a button value (JSON.parse would make it 1234567890123456800) is kept digit
 * for digit through the API: a saved template, a send to Mind, the history. The bodies are
 * written and read as text here, so nothing on the test's side rounds them.
 */
const ID = '1234567890123456789';
const cardText = `{"header":{"title":{"content":"Order"}},"elements":[{"tag":"action","action":[{"tag":"button","text":{"content":"Track"},"type":"click","event":"track","value":{"order_id":${ID}}}]}]}`;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});

async function post(path: string, body: string, method = 'POST') {
  const response = await fetch(`${harness.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('integers beyond 2^53 through the API', () => {
  it('a template keeps a 19-digit id when saved and read back', async () => {
    const created = await post(
      '/api/templates',
      `{"name":"Big id","msg_type":"interactive","content":${cardText}}`,
    );
    expect(created.status).toBe(201);
    expect(created.text).toContain(`"order_id":${ID}`);
    const { id } = JSON.parse(created.text) as { id: string };
    const read = await fetch(`${harness.url}/api/templates/${id}`).then((response) =>
      response.text(),
    );
    expect(read).toContain(`"order_id":${ID}`);
  });

  it('a send gives Mind the id as written, and the history shows it so', async () => {
    harness.mock.reset();
    const sent = await post(
      '/api/messages',
      `{"msg_type":"interactive","content":${cardText},"audience":{"kind":"user","id":"ou_big"}}`,
    );
    expect(sent.status).toBeLessThan(300);
    const [request] = await harness.mock.waitForRequests(1);
    const { content } = JSON.parse(request?.rawBody ?? '{}') as { content: string };
    expect(content).toBe(cardText);
    const { id } = JSON.parse(sent.text) as { id: string };
    const detail = await harness.waitSettled(id);
    expect(detail.outcome).toBe('sent');
    const history = await fetch(`${harness.url}/api/messages/${id}`).then((response) =>
      response.text(),
    );
    expect(history).toContain(`"order_id":${ID}`);
  });
});
