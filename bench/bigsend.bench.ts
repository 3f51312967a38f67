// A 100,000-recipient send (issue 16, "big sends stay light"): how long the server's event loop
// is held while it accepts one (perf_hooks' monitorEventLoopDelay inside the server process,
// through a probe loaded with --import; the server is the compiled one `npm start` runs), how
// long another request waits meanwhile, and what reading the send back costs. Live mode against
// the mock Mind in a process of its own.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { report, startLiveServer, type Figure } from './support';
import { runBench } from './support/runBench';
import { figureOf } from './support/figure';
import { startMockProcess } from './support/mockProcess';
import { pause } from './support/sendLoad';

const RECIPIENTS = 100_000;
const ROUNDS = 5;
const PROBE_EVERY_MS = 5;
const PROGRESS_POLL_MS = 200;

interface LoopReading {
  maxMs: number;
  p99Ms: number;
  count: number;
  longestGapMs: number;
  cpuInLongestGapMs: number;
}

/** Asks the probe in the server process (bench/support/loopDelayProbe.mjs). */
function probe(child: ChildProcess, kind: 'reset' | 'read'): Promise<LoopReading> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const answer = message as { probe?: string } & LoopReading;
      if (answer.probe !== kind) return;
      child.off('message', onMessage);
      resolve(answer);
    };
    child.on('message', onMessage);
    if (!child.send({ probe: kind })) reject(new Error('the server has no IPC channel'));
  });
}

/** Open_ids as Mind writes them, `ou_` and 32 hex digits (an MD5 here), distinct across rounds. */
const openIds = (round: number) =>
  Array.from(
    { length: RECIPIENTS },
    (_, index) => `ou_${createHash('md5').update(`${round}:${index}`).digest('hex')}`,
  );

/** GETs `path` one after another until `stop()`; the longest wait for an answer. */
async function keepAsking(url: string, stop: () => boolean): Promise<number[]> {
  const waits: number[] = [];
  while (!stop()) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    waits.push(performance.now() - started);
    await pause(PROBE_EVERY_MS);
  }
  return waits;
}

await runBench(async (keep) => {
  const mock = keep(await startMockProcess());
  const server = keep(
    await startLiveServer(mock.url, {
      env: {
        MIND_BATCH_SIZE: '100',
        MIND_CONCURRENCY: '4',
        BODY_LIMIT_BYTES: String(16 * 1024 * 1024),
      },
      nodeArgs: ['--import', new URL('./support/loopDelayProbe.mjs', import.meta.url).pathname],
      ipc: true,
    }),
  );
  const child = server.process;
  const { url } = server;

  const acceptDelay: number[] = [];
  const acceptWall: number[] = [];
  const otherWait: number[] = [];
  const acceptGapCpu: number[] = [];
  const sendingDelay: number[] = [];
  const detailDelay: number[] = [];
  const detailMs: number[] = [];
  const detailBytes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const body = JSON.stringify({
      msg_type: 'text',
      content: { text: `bench ${round}` },
      audience: { kind: 'users', ids: openIds(round) },
    });
    await pause(500);
    await probe(child, 'reset');
    let accepted = false;
    const asking = keepAsking(`${url}/api/messages?page=1&pageSize=20`, () => accepted);
    const started = performance.now();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const answer = (await response.json()) as { id?: string };
    acceptWall.push(performance.now() - started);
    accepted = true;
    const reading = await probe(child, 'read');
    acceptDelay.push(reading.maxMs);
    acceptGapCpu.push(reading.cpuInLongestGapMs);
    console.log(
      `accepted: longest delay ${reading.maxMs.toFixed(1)} ms; longest gap ${reading.longestGapMs.toFixed(1)} ms with ${reading.cpuInLongestGapMs.toFixed(1)} ms of CPU`,
    );
    otherWait.push(Math.max(...(await asking)));
    if (response.status !== 202 || !answer.id)
      throw new Error(`the send was refused: ${response.status}`);

    // While it goes out (1,000 batches), followed as the page does: its progress.
    await probe(child, 'reset');
    for (;;) {
      const progress = (await (
        await fetch(`${url}/api/messages/${answer.id}/progress`)
      ).json()) as { outcome: string };
      if (progress.outcome !== 'sending') {
        if (progress.outcome !== 'sent') throw new Error(`the send ended ${progress.outcome}`);
        break;
      }
      await pause(PROGRESS_POLL_MS);
    }
    sendingDelay.push((await probe(child, 'read')).maxMs);

    await probe(child, 'reset');
    const readStarted = performance.now();
    const detail = await fetch(`${url}/api/messages/${answer.id}`);
    const bytes = (await detail.arrayBuffer()).byteLength;
    detailMs.push(performance.now() - readStarted);
    detailDelay.push((await probe(child, 'read')).maxMs);
    detailBytes.push(bytes / 1024);
    if (!detail.ok) throw new Error(`GET the send answered ${detail.status}`);
  }

  const where =
    'the compiled server (as npm start runs it) on SQLite, with perf_hooks.monitorEventLoopDelay (resolution 1 ms) in its process through a probe loaded with --import (bench/support/loopDelayProbe.mjs), reset and read over IPC';
  const figures: Figure[] = [
    figureOf(
      'longest event-loop delay while a 100,000-recipient send is accepted',
      'ms',
      acceptDelay,
      `${where}: reset just before POST /api/messages of a text message to ${RECIPIENTS.toLocaleString('en')} distinct open_ids (3.8 MB body; 1,000 batches of 100), read as soon as its 202 has arrived; the largest delay of each of ${ROUNDS} sends, each after the previous one was sent`,
      { target: 'p95 < 50 ms (p95 of 5: the largest)' },
    ),
    figureOf(
      'server CPU time within that longest delay',
      'ms',
      acceptGapCpu,
      'the same probe also ticks a 1 ms timer and reads process.cpuUsage() (user + system, every thread of the server process) at each tick: the CPU time used during the longest gap between two ticks. A gap with far less CPU than its length is the machine running other work (2 shared cores), not the server holding its event loop',
    ),
    figureOf(
      'POST /api/messages of 100,000 recipients answered',
      'ms',
      acceptWall,
      `wall time of that POST until its 202 body has arrived; ${ROUNDS} sends`,
    ),
    figureOf(
      'longest wait of another request meanwhile',
      'ms',
      otherWait,
      `GET /api/messages?page=1&pageSize=20 (the history page) asked again ${PROBE_EVERY_MS} ms after each answer from just before the POST until its 202; the longest of each send`,
    ),
    figureOf(
      'longest event-loop delay while it goes out',
      'ms',
      sendingDelay,
      `${where}: from the 202 until the send reads sent (1,000 requests to a Mind that answers at once, MIND_CONCURRENCY=4), followed by GET /api/messages/:id/progress every ${PROGRESS_POLL_MS} ms`,
    ),
    figureOf(
      'GET /api/messages/:id of the 100,000-recipient send',
      'ms',
      detailMs,
      'wall time until the whole body has arrived, once the send is sent',
    ),
    figureOf('its body', 'KiB', detailBytes, 'bytes of that answer ÷ 1024'),
    figureOf(
      'longest event-loop delay while it is read',
      'ms',
      detailDelay,
      `${where}: around that one GET`,
    ),
  ];
  report({ suite: 'Big sends (100,000 recipients)', figures });
});
