// Sending: what the server adds to each upstream request and how many sends it completes per
// second, each beside the same requests made straight to Mind in the same run; how fast it
// accepts a send; a 10,000-recipient send against a Mind that answers in 50 ms, its wall time
// against the floor the concurrency sets and the server's memory meanwhile; the history
// reads. Live mode against the mock Mind, a real HTTP server in a process of its own.
import { BENCH_CREDENTIALS, report, startLiveServer, summarize, type Figure } from './support';
import { figureOf } from './support/figure';
import { runLargeSend, type LargeSendRun } from './support/largeSend';
import { startFloorProcess } from './support/floorProcess';
import { runBench } from './support/runBench';
import { startMockProcess } from './support/mockProcess';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuTime, cpuTimeByThread, listeningPid, residentMemory } from './support/procStats';
import { closedLoop, pause, postDirect, sendClient } from './support/sendLoad';

const CONCURRENCY = 4;
const BATCH_SIZE = 100;
const BATCHES = 100;
const SLOW_MIND_MS = 50;
const CLIENTS = 8;
const PAIRS = 150;
const ROUNDS = 8;
const DIRECT_ROUND_MS = 1000;
const SERVER_ROUND_MS = 1500;
/**
 * Each process's closed loop before the rounds: V8's optimising compiler works on a thread of
 * its own through the first seconds of load (after 0.5 s the server's first rounds spent 0.55,
 * 0.38 and 0.18 ms a send there, 0.02–0.1 once warm), and a server runs for days.
 */
const WARM_MS = 4000;
const LARGE_SENDS = 5;
const LARGE_POLL_MS = 20;
const MIN_HISTORY = 1000;

const ids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `ou_${prefix}${index}`);
const mib = (value: number) => `${value.toFixed(0)} MiB`;
const median = (samples: number[], digits = 0) => summarize(samples).median.toFixed(digits);
const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};
/** Wall time of a GET until its whole body has arrived (not parsed); and the body's size. */
const read = async (url: string): Promise<{ ms: number; bytes: number }> => {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
};

await runBench(async (keep) => {
  const mock = keep(await startMockProcess());
  const server = keep(
    await startLiveServer(mock.url, {
      env: { MIND_BATCH_SIZE: String(BATCH_SIZE), MIND_CONCURRENCY: String(CONCURRENCY) },
    }),
  );
  const floorServer = keep(
    await startFloorProcess({ MIND_API_URL: mock.url, ...BENCH_CREDENTIALS }),
  );
  const floorClient = sendClient(floorServer.url);
  const floorPid = listeningPid(floorServer.pid, Number(new URL(floorServer.url).port));
  // The same floor recording each send as the least durable storage would (floorServer.mjs).
  const storedFloorDir = mkdtempSync(join(tmpdir(), 'mcs-bench-floor-'));
  keep({ close: async () => rmSync(storedFloorDir, { recursive: true, force: true }) });
  const storedFloor = keep(
    await startFloorProcess({
      MIND_API_URL: mock.url,
      FLOOR_DATA_DIR: storedFloorDir,
      ...BENCH_CREDENTIALS,
    }),
  );
  const storedClient = sendClient(storedFloor.url);
  const storedPid = listeningPid(storedFloor.pid, Number(new URL(storedFloor.url).port));
  const client = sendClient(server.url);
  const serverPid = listeningPid(server.process.pid ?? 0, server.port);
  const mockPid = listeningPid(mock.pid, Number(new URL(mock.url).port));
  const mindUrl = mock.url;
  const rssAtStart = residentMemory(serverPid).rss;
  const endToEnd = async (recipient: string) => {
    const { id } = await client.post([recipient]);
    return client.settle(id);
  };

  // Part 1, Mind answering at once: what the server itself costs.
  for (let index = 0; index < 20; index += 1) {
    await postDirect(mindUrl, `ou_warm${index}`);
    await endToEnd(`ou_warm${index}`);
  }
  await closedLoop(CLIENTS, WARM_MS, (c, s) => postDirect(mindUrl, `ou_wd${c}_${s}`));
  await closedLoop(CLIENTS, WARM_MS, (c, s) => endToEnd(`ou_we${c}_${s}`));
  const throughFloor = async (recipient: string) => {
    const { id } = await floorClient.post([recipient]);
    return floorClient.settle(id);
  };
  await closedLoop(CLIENTS, WARM_MS, (c, s) => throughFloor(`ou_wf${c}_${s}`));
  const throughStored = async (recipient: string) => {
    const { id } = await storedClient.post([recipient]);
    return storedClient.settle(id);
  };
  await closedLoop(CLIENTS, WARM_MS, (c, s) => throughStored(`ou_wsf${c}_${s}`));

  const direct: number[] = [];
  const single: number[] = [];
  const added: number[] = [];
  for (let index = 0; index < PAIRS; index += 1) {
    const straight = await timed(() => postDirect(mindUrl, `ou_p${index}`));
    const through = await timed(() => endToEnd(`ou_p${index}`));
    direct.push(straight);
    single.push(through);
    added.push(through - straight);
  }

  // Rounds alternate straight, through the server and through the two floors, so a load that
  // comes and goes on the machine falls on all four alike; each ratio is of one round's figures.
  const directRates: number[] = [];
  const serverRates: number[] = [];
  const floorRates: number[] = [];
  const ratios: number[] = [];
  const floorRatios: number[] = [];
  const serverCpu: number[] = [];
  const serverOthersCpu: number[] = [];
  const floorCpu: number[] = [];
  const storedRates: number[] = [];
  const storedRatios: number[] = [];
  const storedCpu: number[] = [];
  const mockCpu: number[] = [];
  const loads: number[] = [];
  let reads = 0;
  let floorReads = 0;
  let completed = 0;
  let floorCompleted = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const mockBefore = cpuTime(mockPid);
    const straight = await closedLoop(CLIENTS, DIRECT_ROUND_MS, (c, s) =>
      postDirect(mindUrl, `ou_d${round}_${c}_${s}`),
    );
    mockCpu.push((cpuTime(mockPid) - mockBefore) / straight.completed);
    const serverBefore = cpuTimeByThread(serverPid);
    const through = await closedLoop(CLIENTS, SERVER_ROUND_MS, async (c, s) => {
      const count = await endToEnd(`ou_s${round}_${c}_${s}`);
      reads += count;
    });
    const serverAfter = cpuTimeByThread(serverPid);
    serverCpu.push(
      (serverAfter.main + serverAfter.others - serverBefore.main - serverBefore.others) /
        through.completed,
    );
    serverOthersCpu.push((serverAfter.others - serverBefore.others) / through.completed);
    const floorBefore = cpuTime(floorPid);
    const floored = await closedLoop(CLIENTS, SERVER_ROUND_MS, async (c, s) => {
      const count = await throughFloor(`ou_f${round}_${c}_${s}`);
      floorReads += count;
    });
    floorCpu.push((cpuTime(floorPid) - floorBefore) / floored.completed);
    const storedBefore = cpuTime(storedPid);
    const stored = await closedLoop(CLIENTS, SERVER_ROUND_MS, (c, s) =>
      throughStored(`ou_sf${round}_${c}_${s}`),
    );
    storedCpu.push((cpuTime(storedPid) - storedBefore) / stored.completed);
    storedRates.push(stored.perSecond);
    storedRatios.push(stored.perSecond / straight.perSecond);
    completed += through.completed;
    floorCompleted += floored.completed;
    directRates.push(straight.perSecond);
    serverRates.push(through.perSecond);
    floorRates.push(floored.perSecond);
    ratios.push(through.perSecond / straight.perSecond);
    floorRatios.push(floored.perSecond / straight.perSecond);
    loads.push(loadavg()[0] ?? 0);
  }
  await floorServer.close();
  await storedFloor.close();

  const accepted: number[] = [];
  for (let index = 0; index < 30; index += 1) {
    const { id, ms } = await client.post(ids(250, `a${index}_`));
    accepted.push(ms);
    await client.settle(id, 5);
  }

  // The history holds at least MIN_HISTORY sends before the large ones.
  const count = async () =>
    (await client.readJson<{ total: number }>('/api/messages?page=1&pageSize=1')).total;
  const recorded = await count();
  let topUp = MIN_HISTORY - recorded;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let s = 0; topUp > 0; s += 1) {
        topUp -= 1;
        await client.settle((await client.post([`ou_h${c}_${s}`])).id, 5);
      }
    }),
  );

  // Part 2, Mind answering after 50 ms: a large send.
  await pause(1000);
  const rssBefore = residentMemory(serverPid).rss;
  const floor = Math.ceil(BATCHES / CONCURRENCY) * SLOW_MIND_MS;
  const large: LargeSendRun[] = [];
  for (let index = 0; index < LARGE_SENDS; index += 1) {
    large.push(
      await runLargeSend({
        client,
        mock,
        serverPid,
        recipients: ids(BATCHES * BATCH_SIZE, `l${index}_`),
        batchSize: BATCH_SIZE,
        delayMs: SLOW_MIND_MS,
        floorMs: floor,
        pollMs: LARGE_POLL_MS,
      }),
    );
  }
  const of = (key: keyof Omit<LargeSendRun, 'id'>) => large.map((run) => run[key]);
  const detailReads: { ms: number; bytes: number }[] = [];
  for (let index = 0; index < 20; index += 1)
    detailReads.push(await read(`${server.url}/api/messages/${large.at(-1)?.id ?? ''}`));

  const total = await count();
  const history: number[] = [];
  for (let index = 0; index < 50; index += 1)
    history.push((await read(`${server.url}/api/messages?page=${1 + (index % 5)}&pageSize=20`)).ms);
  const lifetimePeak = residentMemory(serverPid).peak;

  const mindAtOnce = 'Mind (the mock, in its own process) answers at once';
  const loop = `${CLIENTS} clients in a closed loop (each starts its next as soon as its last is done)`;
  const figures: Figure[] = [
    figureOf(
      'one recipient end to end',
      'ms',
      single,
      `POST /api/messages of a text message to 1 recipient, then GET /api/messages/:id again as soon as each answer arrives until it reads sent (so at most one read late); ${mindAtOnce}; ${PAIRS} sends one after another, each right after the straight request it is paired with, after 20 warm-up pairs and ${WARM_MS / 1000} s of each closed loop below`,
      { baseline: `straight to Mind: median ${median(direct, 2)} ms` },
    ),
    figureOf(
      'the same request straight to Mind',
      'ms',
      direct,
      `fetch POST of the wire body the server sends for that message (receive_ids of 1, the same headers) to the mock's send_message until its answer is read; ${PAIRS} requests, each just before its paired send`,
    ),
    figureOf(
      'added latency of a send (end to end − straight)',
      'ms',
      added,
      `per pair, the one-recipient end-to-end time minus the straight request's time; ${PAIRS} pairs`,
    ),
    figureOf(
      `sends completed per second, ${CLIENTS} clients`,
      'sends/s',
      serverRates,
      `${loop}: POST a 1-recipient send, then GET /api/messages/:id as soon as each answer arrives until it reads sent (${(reads / completed).toFixed(2)} reads a send on average); sends completed ÷ seconds from the first POST to the last completion; ${mindAtOnce}; ${ROUNDS} rounds of ${SERVER_ROUND_MS / 1000} s, each right after a straight round; the p95 column is the 95th percentile of the rounds, the fast end`,
      { baseline: `straight to Mind: median ${median(directRates)} requests/s` },
    ),
    figureOf(
      `Mind requests per second straight, ${CLIENTS} clients`,
      'req/s',
      directRates,
      `${loop}: fetch POST of the same wire body straight to the mock's send_message, answer read; requests ÷ seconds; ${ROUNDS} rounds of ${DIRECT_ROUND_MS / 1000} s`,
    ),
    figureOf(
      `sends completed per second through the floor, ${CLIENTS} clients`,
      'sends/s',
      floorRates,
      `the same loop against the floor (bench/support/floorServer.mjs, plain node): the same Fastify with the plugins the server needs for its security (cookies, the rate limit counted on each API call, the security headers), answering the POST (202) and the GETs (${(floorReads / floorCompleted).toFixed(2)} reads a send) and making the same upstream request over a kept-alive connection, without validation, storage or queue; ${ROUNDS} rounds of ${SERVER_ROUND_MS / 1000} s, each right after a round through the server`,
    ),
    figureOf(
      'throughput ratio, through the server ÷ straight',
      '×',
      ratios,
      `per round, sends completed/s through the server ÷ straight requests/s of the round just before; ${ROUNDS} rounds; load average (1 min) at the end of each round: ${loads.map((load) => load.toFixed(1)).join(', ')}`,
      {
        target: 'median ≥ 0.5',
        met: summarize(ratios).median >= 0.5,
        baseline: `the floor ÷ straight: median ${median(floorRatios, 2)}; with storage: ${median(storedRatios, 2)}`,
      },
    ),
    figureOf(
      'throughput ratio, through the floor ÷ straight',
      '×',
      floorRatios,
      `per round, sends completed/s through the floor ÷ straight requests/s of the same round; ${ROUNDS} rounds`,
    ),
    figureOf(
      'throughput ratio, through the floor with storage ÷ straight',
      '×',
      storedRatios,
      `per round, sends completed/s through the floor with storage (the same floor recording each send as the least durable storage would: FLOOR_DATA_DIR in bench/support/floorServer.mjs, better-sqlite3 straight, two write transactions and one write a send, one statement a read) ÷ straight requests/s of the same round; ${ROUNDS} rounds of ${SERVER_ROUND_MS / 1000} s, each right after a round through the floor; its sends completed per second: median ${median(storedRates)}`,
    ),
    figureOf(
      'server CPU time per completed send',
      'ms',
      serverCpu,
      `per round of sends above, the server process's CPU time (user + system from /proc/<pid>/stat, 10 ms ticks; every thread and the kernel's socket work) ÷ sends completed; ${ROUNDS} rounds`,
      {
        target: 'median < 0.5 ms',
        met: summarize(serverCpu).median < 0.5,
        baseline: `the floor: median ${median(floorCpu, 2)} ms, with storage ${median(storedCpu, 2)} ms; the mock's CPU per straight request: median ${median(mockCpu, 2)} ms`,
      },
    ),
    figureOf(
      'of which on the server’s other threads',
      'ms',
      serverOthersCpu,
      `per round, the CPU time of the server's threads but its main one (V8's optimising compiler and garbage-collection helpers, libuv's pool: /proc/<pid>/stat less /proc/<pid>/task/<pid>/stat) ÷ sends completed; ${ROUNDS} rounds: how warm the server was (every process had ${WARM_MS / 1000} s of the same loop before the rounds)`,
    ),
    figureOf(
      'floor CPU time per completed send',
      'ms',
      floorCpu,
      `per round through the floor, its process's CPU time (as above) ÷ sends completed; ${ROUNDS} rounds`,
    ),
    figureOf(
      'floor with storage CPU time per completed send',
      'ms',
      storedCpu,
      `per round through the floor with storage, its process's CPU time (as above) ÷ sends completed; ${ROUNDS} rounds`,
    ),
    figureOf(
      'server CPU a send ÷ the floor with storage’s, same round',
      '×',
      serverCpu.map((cpu, round) => cpu / (storedCpu[round] ?? Number.NaN)),
      `per round, the two figures above of that round divided: how close the server comes to the least a send that is recorded costs, which a machine's speed moves less than either; ${ROUNDS} rounds`,
    ),
    figureOf(
      'throughput, through the server ÷ through the floor with storage, same round',
      '×',
      serverRates.map((rate, round) => rate / (storedRates[round] ?? Number.NaN)),
      `per round, sends completed per second through the server ÷ through the floor with storage (its round comes two after the server's); ${ROUNDS} rounds`,
    ),
    figureOf(
      'POST /api/messages answered (250 recipients, 3 batches)',
      'ms',
      accepted,
      `wall time of the POST until its 202 (body read), 30 sends one after another, each read back until sent before the next; ${mindAtOnce}`,
      { target: 'p95 < 100 ms' },
    ),
    figureOf(
      '10,000 recipients end to end (100 batches)',
      'ms',
      of('wall'),
      `POST of a text message to 10,000 distinct recipients until the newest send in GET /api/messages?page=1&pageSize=1 reads sent, read first at the floor (it cannot finish sooner) and then every ${LARGE_POLL_MS} ms; Mind answers each request after ${SLOW_MIND_MS} ms; MIND_CONCURRENCY=${CONCURRENCY}, MIND_BATCH_SIZE=${BATCH_SIZE}; ${LARGE_SENDS} sends one after another; checked: Mind got ${BATCHES} requests a send, every recipient once`,
      {
        target: `p95 < ${3 * floor} ms (3× the floor)`,
        baseline: `floor ${floor} ms (${BATCHES} batches / ${CONCURRENCY} at once × ${SLOW_MIND_MS} ms)`,
      },
    ),
    figureOf(
      'server CPU time during a 10,000-recipient send',
      'ms',
      of('cpu'),
      `the server process's CPU time (as above) from just before the POST until the send reads sent, its reads included; ${LARGE_SENDS} sends`,
    ),
    figureOf(
      'server memory (RSS) peak during a 10,000-recipient send',
      'MiB',
      of('rssPeak'),
      `VmRSS of the server's Node process (the one listening on its port) from /proc/<pid>/status, read every 5 ms from just before the POST until the send reads sent; the highest reading of each of the ${LARGE_SENDS} sends. RSS at start: ${mib(rssAtStart)} (idle, just started); before: 1 s idle after the parts above, before the first large send; lifetime peak (VmHWM) at the end of the bench: ${mib(lifetimePeak)}`,
      { baseline: `before: ${mib(rssBefore)}` },
    ),
    figureOf(
      'server memory (RSS) growth during a 10,000-recipient send',
      'MiB',
      large.map((run) => run.rssPeak - run.rssBefore),
      `per send, the peak above minus VmRSS read just before its POST; ${LARGE_SENDS} sends`,
    ),
    figureOf(
      'GET /api/messages/:id of a 10,000-recipient send',
      'ms',
      detailReads.map((detail) => detail.ms),
      `wall time until the whole body has arrived (${((detailReads[0]?.bytes ?? 0) / 1024).toFixed(0)} KiB: the recipients and ${BATCHES} batches), 20 reads one after another; the send page polls this every 500 ms while a send goes out`,
    ),
    figureOf(
      `GET /api/messages page of 20 (≥ ${MIN_HISTORY.toLocaleString('en')} sends recorded)`,
      'ms',
      history,
      `wall time until the whole body has arrived, 50 page reads across pages 1–5 (page 1 holds the ${LARGE_SENDS} sends of 10,000), ${total} sends recorded (${recorded} from the parts above, ${Math.max(0, MIN_HISTORY - recorded)} 1-recipient sends added to reach ${MIN_HISTORY}, the ${LARGE_SENDS} of 10,000)`,
      { target: 'p95 < 50 ms' },
    ),
  ];
  const firstRequest = median(of('firstRequest'));
  const lastRequest = median(of('lastRequest'));
  report({
    suite: 'send',
    figures,
    notes: [
      `The 10,000-recipient sends, medians: the POST answered (202) after ${median(of('post'))} ms; ` +
        `the first batch reached Mind ${firstRequest} ms after the POST started and the last ${lastRequest} ms after ` +
        `(at least ${(BATCHES / CONCURRENCY - 1) * SLOW_MIND_MS} ms: ${BATCHES / CONCURRENCY - 1} rounds of ${SLOW_MIND_MS} ms before it), ` +
        `so each round of ${CONCURRENCY} batches took ${((Number(lastRequest) - Number(firstRequest)) / (BATCHES / CONCURRENCY - 1)).toFixed(1)} ms against Mind's ${SLOW_MIND_MS} ms; ` +
        `the send read as sent ${median(of('wall'))} ms after the POST started.`,
      `History page reads, medians: page 1 (the 5 sends of 10,000 among its 20) ${median(
        history.filter((_, index) => index % 5 === 0),
        1,
      )} ms; pages 2–5 (1 to 250 recipients a send) ${median(
        history.filter((_, index) => index % 5 !== 0),
        1,
      )} ms.`,
    ],
  });
});
