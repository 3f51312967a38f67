import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { startServer } from './startServer';
import { DataDirInUseError, LOCK_FILE } from './store/dataDirLock';
import { APP_SECRET, tempDir } from './testing/harness';
import {
  acceptText,
  freePort,
  serverProcesses,
  settledDetail,
  waitUntilUp,
} from './testing/processes';

/*
 * One server per SQLite DATA_DIR (server/store/dataDirLock.ts): a second is refused before it
 * opens the database, so it ends none of the first one's leases; the lock goes with the process
 * that held it, however it ends. SQLite only: several servers share a PostgreSQL database
 * (severalServers.test.ts).
 */

const world = serverProcesses();

const refusal = /did not start: Another server is running on DATA_DIR \((\/[^)]+)\)/;

const liveEnv = (dataDir: string, port: number) => world.liveEnv(port, { DATA_DIR: dataDir });

describe('a second server on one SQLite DATA_DIR', () => {
  it('is refused at once, saying why, while the first one’s batch in flight goes on to be recorded sent; once the first is killed, a start takes the directory', async () => {
    const dataDir = tempDir('one-dir');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = world.spawn(liveEnv(dataDir, port));
    await waitUntilUp(url, first);

    world.mock.reset();
    world.mock.enqueue({ fault: { kind: 'delay', ms: 1500 } });
    const { id } = await acceptText(url, ['ou_inflight'], 'in flight');
    await world.mock.waitForRequests(1, 10_000);

    // Another port, so only the directory is shared: the start is refused before it listens.
    const secondPort = await freePort();
    const second = world.spawn(liveEnv(dataDir, secondPort));
    const ended = await Promise.race([
      second.exited.then(({ code }) => `exited with ${code}`),
      waitUntilUp(`http://127.0.0.1:${secondPort}`, second).then(
        () => 'listening',
        () => 'exited',
      ),
    ]);
    expect(ended).toBe('exited with 1');
    expect(second.output()).toMatch(refusal);
    expect(refusal.exec(second.output())?.[1]).toBe(dataDir);
    expect(second.output()).not.toContain(APP_SECRET);

    // Without the refusal the second start made this batch `unknown` (its lease ended).
    const detail = await settledDetail(url, id);
    expect(detail.outcome).toBe('sent');
    expect(detail.batches.map((batch) => batch.status)).toEqual(['sent']);
    expect(world.mock.requests).toHaveLength(1);

    first.child.kill('SIGKILL');
    await first.exited;
    // Nothing to clean up: the lock's file is empty, with no journal beside it.
    expect(statSync(join(dataDir, LOCK_FILE)).size).toBe(0);
    expect(readdirSync(dataDir).filter((name) => name.startsWith(LOCK_FILE))).toEqual([LOCK_FILE]);
    const third = world.spawn(liveEnv(dataDir, port));
    await waitUntilUp(url, third);
    expect((await settledDetail(url, id)).outcome).toBe('sent');
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  }, 120_000);

  it('in one process too; a server that closed, or whose start failed, leaves the directory free', async () => {
    const dataDir = tempDir('one-dir-in-process');
    const config = (env: Record<string, string> = {}) =>
      loadConfig({ HOST: '127.0.0.1', ...liveEnv(dataDir, 0), ...env });
    const first = await startServer(config());
    try {
      await expect(startServer(config())).rejects.toThrow(DataDirInUseError);
    } finally {
      await first.close();
    }
    // A start that fails after taking the directory (a GROUPS_FILE that is not a list of groups)
    // lets it go.
    const groups = join(dataDir, 'groups.json');
    writeFileSync(groups, '[{"id":"og 1","name":"x"}]');
    await expect(startServer(config({ GROUPS_FILE: groups }))).rejects.toThrow(/GROUPS_FILE/);
    const again = await startServer(config());
    await again.close();
  });
});
