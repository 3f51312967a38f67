import { join } from 'node:path';
import { startListening } from './listeningProcess';
import type { QueuedFault, RecordedRequest } from '../../e2e/support/mockMind';

/*
 * The mock Mind (e2e/support/mockMind.ts) in a process of its own, as Mind is a service of
 * its own: the bench's client work (parsing large answers, timers) then cannot hold up the
 * mock's answers, and the mock's work is not counted against the server. Driven over HTTP.
 */

export interface MockProcess {
  /** The send_message URL, to use as MIND_API_URL. */
  url: string;
  pid: number;
  /** Queues how the next matching requests are answered (`POST /__mock/faults`). */
  enqueue(...faults: QueuedFault[]): Promise<void>;
  /** Forgets the recorded requests and the queue (`POST /__mock/reset`). */
  reset(): Promise<void>;
  /** Every request recorded since the last reset. */
  requests(): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

const root = new URL('../..', import.meta.url).pathname;
const LISTENING = /MIND_API_URL=(\S+)/;

export async function startMockProcess(): Promise<MockProcess> {
  const { url, pid, close } = await startListening(
    'mock Mind',
    'npx',
    ['tsx', join(root, 'e2e', 'support', 'mockMindCli.ts')],
    { cwd: root, listening: LISTENING },
  );
  const origin = new URL(url).origin;
  const control = async (path: string, init?: RequestInit): Promise<unknown> => {
    const response = await fetch(`${origin}${path}`, init);
    if (!response.ok) throw new Error(`mock Mind ${path} answered ${response.status}`);
    return response.json();
  };
  return {
    url,
    pid,
    async enqueue(...faults) {
      await control('/__mock/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(faults),
      });
    },
    async reset() {
      await control('/__mock/reset', { method: 'POST' });
    },
    async requests() {
      return ((await control('/__mock/requests')) as { requests: RecordedRequest[] }).requests;
    },
    close,
  };
}
