import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app';
import type { Config } from './config';
import type { Sender } from './sender';
import { expireLeases } from './store/batchQueue';
import { lockDataDir } from './store/dataDirLock';
import { dialectOf, openDatabase, type Db } from './store/db';

export interface RunningServer {
  app: FastifyInstance;
  sender: Sender;
  db: Db;
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  /**
   * How many batches a stopped process left without an outcome (now `unknown`): on SQLite every
   * one it held (one process per file), on PostgreSQL those whose lease ran out.
   */
  interrupted: number;
  /**
   * Stops: new sends and retries answer 503 at once, batches not begun end `failed`, those in
   * flight get `graceMs` to finish, then what is still out is recorded `unknown` and the
   * server closes. Calling it again returns the same stop.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Opens the database, ends the leases a stopped process left (SQLite: all of them, as one process
 * owns the file, which a second server is refused; PostgreSQL: those that ran out, the others
 * belong to live servers), and listens.
 */
export async function startServer(
  config: Config,
  log: AppOptions['log'] = false,
  sandboxSecret?: string,
): Promise<RunningServer> {
  // Before the database is opened: a second server on the file ends no lease of the first's.
  const lock = config.databaseUrl === null ? lockDataDir(config.dataDir) : undefined;
  let db: Db;
  try {
    db = await openDatabase(config);
  } catch (error) {
    lock?.release();
    throw error;
  }
  try {
    const expired = await expireLeases(db, Date.now(), { all: dialectOf(db) === 'sqlite' });
    const interrupted = expired.unknown;
    const { app, sender } = await buildApp({ config, db, log, sandboxSecret });
    if (interrupted)
      app.log.warn(
        { batches: interrupted },
        'batches in flight when a previous run stopped are now unknown',
      );
    if (expired.released)
      app.log.info(
        { batches: expired.released },
        'batches a previous run had not begun are sent now',
      );
    await app.listen({ host: config.host, port: config.port });
    let closing: Promise<void> | undefined;
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      app,
      sender,
      db,
      url: `http://${host}:${port}`,
      interrupted,
      close(graceMs = Number.POSITIVE_INFINITY) {
        closing ??= (async () => {
          await sender.stop();
          // Finish what is in flight first: closing stops the routes, the sandbox's Mind included.
          if (!(await within(sender.idle(), graceMs))) {
            const batches = await sender.abandon();
            app.log.warn({ batches, graceMs }, 'batches still in flight are now unknown');
          }
          await sender.close();
          await app.close();
          await db.destroy();
          lock?.release();
        })();
        return closing;
      },
    };
  } catch (error) {
    await db.destroy();
    lock?.release();
    throw error;
  }
}

/** True when `work` ends within `ms`. */
async function within(work: Promise<void>, ms: number): Promise<boolean> {
  if (ms === Number.POSITIVE_INFINITY) return work.then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
