import { spawn } from 'node:child_process';
import { join } from 'node:path';
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
  const child = spawn('npx', ['tsx', join(root, 'e2e', 'support', 'mockMindCli.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  };
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error('mock Mind did not start in 30 s')), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = LISTENING.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`mock Mind exited with ${code}`));
      });
    });
  } catch (error) {
    await close();
    throw error;
  }
  child.stdout.resume();
  const origin = new URL(url).origin;
  const control = async (path: string, init?: RequestInit): Promise<unknown> => {
    const response = await fetch(`${origin}${path}`, init);
    if (!response.ok) throw new Error(`mock Mind ${path} answered ${response.status}`);
    return response.json();
  };
  return {
    url,
    pid: child.pid ?? 0,
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
