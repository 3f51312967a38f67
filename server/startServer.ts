import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app';
import type { Config } from './config';
import type { Sender } from './sender';
import { openDatabase, type Db } from './store/db';
import { markInterrupted } from './store/messageStore';

export interface RunningServer {
  app: FastifyInstance;
  sender: Sender;
  db: Db;
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  /** How many batches a previous process left without an outcome (now `unknown`). */
  interrupted: number;
  close(): Promise<void>;
}

/** Opens the database, marks what a previous process left pending, and listens. */
export async function startServer(
  config: Config,
  log: AppOptions['log'] = false,
  sandboxSecret?: string,
): Promise<RunningServer> {
  const db = await openDatabase(config.dataDir);
  try {
    const interrupted = await markInterrupted(db);
    const { app, sender } = await buildApp({ config, db, log, sandboxSecret });
    if (interrupted)
      app.log.warn(
        { batches: interrupted },
        'batches left pending by a previous run are now unknown',
      );
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      app,
      sender,
      db,
      url: `http://${host}:${port}`,
      interrupted,
      async close() {
        // Finish what is in flight first: closing stops the routes, the sandbox's Mind included.
        await sender.idle();
        await app.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
