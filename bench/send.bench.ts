// Sending: how fast the server accepts a send, pushes a large one through Mind in batches,
// what it adds to each upstream request, and how fast the history answers. Live mode against
// the mock Mind (a real HTTP server) answering after a fixed delay.
import { startMockMind } from '../e2e/support/mockMind';
import { report, startAppServer, summarize, type Figure } from './support';

const MIND_DELAY_MS = 20;
const CONCURRENCY = 4;

const mock = await startMockMind();
mock.enqueue({ fault: { kind: 'delay', ms: MIND_DELAY_MS }, times: 1_000_000 });
const server = await startAppServer({
  env: {
    MIND_APP_ID: 'mind_bench',
    MIND_APP_SECRET: 'bench-secret',
    MIND_API_URL: mock.url,
    MIND_CONCURRENCY: String(CONCURRENCY),
    RATE_LIMIT_PER_MINUTE: '1000000',
  },
});

const ids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `ou_${prefix}${index}`);

async function post(recipients: string[]): Promise<{ id: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      msg_type: 'text',
      content: { text: 'bench' },
      audience: { kind: 'users', ids: recipients },
    }),
  });
  const ms = performance.now() - started;
  if (response.status !== 202) throw new Error(`send refused: ${response.status}`);
  return { id: ((await response.json()) as { id: string }).id, ms };
}

async function settle(id: string, pollMs = 5): Promise<void> {
  for (;;) {
    const detail = (await (await fetch(`${server.url}/api/messages/${id}`)).json()) as {
      outcome: string;
    };
    if (detail.outcome !== 'sending') {
      if (detail.outcome !== 'sent') throw new Error(`send ${id} ended ${detail.outcome}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

const figure = (
  name: string,
  unit: string,
  samples: number[],
  method: string,
  extra: Partial<Figure> = {},
): Figure => {
  const { n, median, p95 } = summarize(samples);
  return {
    name,
    unit,
    median: Math.round(median * 10) / 10,
    p95: Math.round(p95 * 10) / 10,
    n,
    method,
    ...extra,
  };
};

try {
  // Warm up: compile paths, open the database, make connections.
  for (let index = 0; index < 5; index += 1) await settle((await post(ids(3, 'w'))).id);

  const accepted: number[] = [];
  for (let index = 0; index < 30; index += 1) {
    const { id, ms } = await post(ids(250, `a${index}_`));
    accepted.push(ms);
    await settle(id);
  }

  const large: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    const started = performance.now();
    await settle((await post(ids(10_000, `l${index}_`))).id, 50);
    large.push(performance.now() - started);
  }
  const floor = Math.ceil(100 / CONCURRENCY) * MIND_DELAY_MS;

  const direct: number[] = [];
  for (let index = 0; index < 40; index += 1) {
    const started = performance.now();
    await fetch(mock.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    direct.push(performance.now() - started);
  }
  const single: number[] = [];
  for (let index = 0; index < 40; index += 1) {
    const started = performance.now();
    await settle((await post(['ou_single'])).id);
    single.push(performance.now() - started);
  }

  for (let index = 0; index < 400; index += 1) await post([`ou_h${index}`]);
  const history: number[] = [];
  for (let index = 0; index < 50; index += 1) {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/messages?page=${1 + (index % 5)}&pageSize=20`);
    await response.json();
    history.push(performance.now() - started);
  }

  report({
    suite: 'send',
    figures: [
      figure(
        'POST /api/messages answered (250 recipients, 3 batches)',
        'ms',
        accepted,
        'wall time of the POST until its 202, 30 sends one after another',
        {
          target: 'p95 < 100 ms',
          met: summarize(accepted).p95 < 100,
        },
      ),
      figure(
        '10,000 recipients end to end (100 batches)',
        'ms',
        large,
        `POST until the send polls as sent (every 50 ms); Mind answers after ${MIND_DELAY_MS} ms, ${CONCURRENCY} batches at once; 5 sends`,
        {
          target: 'p95 < 3× the floor',
          baseline: `floor ${floor} ms (100 batches / ${CONCURRENCY} × ${MIND_DELAY_MS} ms)`,
          met: summarize(large).p95 < 3 * floor,
        },
      ),
      figure(
        'one recipient end to end',
        'ms',
        single,
        'POST, then poll every 5 ms until sent; 40 sends',
        {
          baseline: `the same request straight to Mind: median ${summarize(direct).median.toFixed(1)} ms`,
        },
      ),
      figure(
        'GET /api/messages page of 20 (≥ 475 sends recorded)',
        'ms',
        history,
        'wall time of 50 page reads across pages 1–5',
        {
          target: 'p95 < 50 ms',
          met: summarize(history).p95 < 50,
        },
      ),
    ],
  });
} finally {
  await server.close();
  await mock.close();
}
