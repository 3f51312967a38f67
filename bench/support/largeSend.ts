import type { MockProcess } from './mockProcess';
import { cpuTime, residentMemory, sampleMemory } from './procStats';
import type { sendClient } from './sendLoad';

/*
 * One large send through the server against a Mind that answers after a delay: its wall time,
 * the server's CPU time and memory meanwhile, and when its first and last upstream requests
 * reached Mind (the mock's own clock: Date.now in another process on the same machine).
 */

export interface LargeSendRun {
  /** POST until the send reads sent, ms. */
  wall: number;
  /** POST until its 202, ms. */
  post: number;
  /** Server CPU time (user + system) during the send, ms. */
  cpu: number;
  /** VmRSS just before the POST and the highest reading during the send, MiB. */
  rssBefore: number;
  rssPeak: number;
  /** When the first and the last upstream request reached Mind, ms after the POST started. */
  firstRequest: number;
  lastRequest: number;
  id: string;
}

export interface LargeSendOptions {
  client: ReturnType<typeof sendClient>;
  mock: MockProcess;
  serverPid: number;
  recipients: string[];
  batchSize: number;
  delayMs: number;
  /** The send cannot be done sooner: its first read waits until then. */
  floorMs: number;
  pollMs: number;
}

export async function runLargeSend(options: LargeSendOptions): Promise<LargeSendRun> {
  const { client, mock, serverPid, recipients, batchSize, delayMs, floorMs, pollMs } = options;
  await mock.reset();
  await mock.enqueue({ fault: { kind: 'delay', ms: delayMs }, times: 1_000_000 });
  const rssBefore = residentMemory(serverPid).rss;
  const cpuBefore = cpuTime(serverPid);
  const sampler = sampleMemory(serverPid, 5);
  const startedAt = Date.now();
  const started = performance.now();
  let samples: number[] = [];
  let post: number;
  let id: string;
  try {
    ({ id, ms: post } = await client.post(recipients));
    await client.settleNewest(id, started + floorMs, pollMs);
  } finally {
    samples = sampler.stop();
  }
  const wall = performance.now() - started;
  const cpu = cpuTime(serverPid) - cpuBefore;

  const requests = await mock.requests();
  const reached = new Set(
    requests.flatMap((request) => (request.body as { receive_ids?: string[] }).receive_ids ?? []),
  );
  const batches = Math.ceil(recipients.length / batchSize);
  if (requests.length !== batches || reached.size !== recipients.length)
    throw new Error(
      `Mind got ${requests.length} requests for ${reached.size} recipients, not ${batches} for ${recipients.length}`,
    );
  const arrivals = requests.map((request) => request.receivedAt - startedAt);
  return {
    wall,
    post,
    cpu,
    rssBefore,
    rssPeak: Math.max(...samples),
    firstRequest: Math.min(...arrivals),
    lastRequest: Math.max(...arrivals),
    id,
  };
}
