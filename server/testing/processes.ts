import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { startMockMind, type MockMind } from '../../e2e/support/mockMind';
import { messageDetailSchema, type MessageDetail } from '../../src/api/schemas';
import { APP_ID, APP_SECRET, tempDir } from './harness';

/* The real server as separate processes: the compiled server alone, or under `npm start`'s wrapper. */

const root = new URL('../..', import.meta.url).pathname;

export interface Spawned {
  child: ChildProcess;
  pid: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The server compiled for this run (compiledServer.ts), as production runs it. */
const serverDir = inject('compiledServerDir');

const scripts: Record<'server' | 'wrapper' | 'npm', [string, string[]]> = {
  server: [process.execPath, ['--enable-source-maps', join(serverDir, 'main.js')]],
  /** What `npm start` runs; with STATIC_DIR and SERVER_DIR set it builds nothing. */
  wrapper: [process.execPath, [join(root, 'scripts', 'start.mjs')]],
  npm: ['npm', ['start', '--silent']],
};

/**
 * Starts the compiled server, or the wrapper that starts it. `detached` puts it at the head of a
 * process group of its own, as a terminal does, so the group can be signalled like Ctrl-C.
 */
export function spawnServer(
  env: Record<string, string>,
  {
    script = 'server',
    detached = false,
  }: { script?: keyof typeof scripts; detached?: boolean } = {},
): Spawned {
  const [command, args] = scripts[script];
  const child = spawn(command, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'debug',
      SERVER_DIR: serverDir,
      // Pacing is tested on its own (pacing.test.ts); elsewhere it must not slow a test down.
      MIND_RATE_PER_SECOND: '10000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  return { child, pid: child.pid, output: () => output, exited };
}

/**
 * A mock Mind for the tests of the file or block that calls this, and the server processes they
 * spawn (`spawn`, as `spawnServer`): the mock starts before them; after them every process left
 * is killed (SIGKILL) and the mock closed.
 */
export function serverProcesses(): {
  readonly mock: MockMind;
  spawn: typeof spawnServer;
  /** Every process spawned so far, in order. */
  running: readonly Spawned[];
  /** A live server's settings on `port` against this mock Mind, its database in `database`. */
  liveEnv(port: number, database: Record<string, string>): Record<string, string>;
} {
  let mock: MockMind | undefined;
  const running: Spawned[] = [];
  beforeAll(async () => {
    mock = await startMockMind({ appId: APP_ID, appSecret: APP_SECRET });
  });
  afterAll(async () => {
    running.forEach((spawned) => spawned.child.kill('SIGKILL'));
    await mock?.close();
  });
  const started = () => {
    if (!mock) throw new Error('the mock Mind starts before the tests');
    return mock;
  };
  return {
    get mock() {
      return started();
    },
    spawn(env, options) {
      const spawned = spawnServer(env, options);
      running.push(spawned);
      return spawned;
    },
    running,
    liveEnv: (port, database) => ({
      PORT: String(port),
      ...database,
      STATIC_DIR: tempDir('nostatic'),
      MIND_APP_ID: APP_ID,
      MIND_APP_SECRET: APP_SECRET,
      MIND_API_URL: started().url,
      MIND_TIMEOUT_MS: '60000',
    }),
  };
}

/** POST /api/messages of a text to `ids` on the server at `url`: its detail, once accepted (202). */
export async function acceptText(url: string, ids: string[], text: string): Promise<MessageDetail> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ msg_type: 'text', content: { text }, audience: { kind: 'users', ids } }),
  });
  expect(response.status).toBe(202);
  return messageDetailSchema.parse(await response.json());
}

/** GET /api/messages/:id until the send no longer reads `sending` (30 s at most). */
export async function settledDetail(url: string, id: string): Promise<MessageDetail> {
  for (let tries = 0; tries < 600; tries += 1) {
    const detail = messageDetailSchema.parse(
      await (await fetch(`${url}/api/messages/${id}`)).json(),
    );
    if (detail.outcome !== 'sending') return detail;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`send ${id} still sending`);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function waitUntilUp(url: string, spawned: Spawned): Promise<void> {
  for (let tries = 0; tries < 900; tries += 1) {
    if (spawned.child.exitCode !== null) throw new Error(`server exited: ${spawned.output()}`);
    const ok = await fetch(`${url}/api/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start: ${spawned.output()}`);
}

/** `/proc/<pid>/stat`: the state letter and the parent's pid, or undefined when it is gone. */
function procStat(pid: number): { state: string; ppid: number } | undefined {
  try {
    // "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state = '', ppid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

/** Running, not gone nor a zombie waiting for a parent that does not reap (Linux's /proc). */
export function isRunning(pid: number): boolean {
  const stat = procStat(pid);
  return stat !== undefined && stat.state !== 'Z' && stat.state !== 'X';
}

export function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((child) => procStat(child)?.ppid === pid);
}

/** Children, grandchildren… of `pid`, parents first. */
export function descendantsOf(pid: number): number[] {
  const found = childrenOf(pid);
  for (let index = 0; index < found.length; index += 1) {
    found.push(...childrenOf(found[index] ?? pid));
  }
  return found;
}

/** The server process (`server/main.ts`) among `pid`'s descendants. */
export function serverUnder(pid: number): number | undefined {
  return descendantsOf(pid).find((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(join(serverDir, 'main.js'));
    } catch {
      return false;
    }
  });
}

/** Resolves once `pid` has ended; rejects after `timeoutMs`. */
export async function waitUntilGone(pid: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} is still running`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
