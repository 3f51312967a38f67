import dotenv from 'dotenv';
import { ConfigError, loadConfig } from './config';
import { startServer } from './startServer';

dotenv.config({ quiet: true });

/** How long past the grace period closing may take before the process exits anyway. */
const CLOSE_MARGIN_MS = 5_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, { level: process.env.LOG_LEVEL ?? 'info' });
  const shown = server.url.replace('://127.0.0.1', '://localhost');
  console.log(
    `Mind Card Studio is running at ${shown} (${config.mode === 'sandbox' ? 'sandbox: nothing reaches Mind' : 'live'})`,
  );
  // One path for every way a stop arrives: a signal to this process, to its group (Ctrl-C), the
  // same signal passed on by `npm start`'s wrapper, or the wrapper's end (its IPC channel
  // closes, even after SIGKILL). Repeats within the grace period change nothing, so a batch in
  // flight is never cut short by a second Ctrl-C; one after it exits at once.
  const grace = config.shutdownGraceMs;
  let stoppedAt: number | undefined;
  const stop = (reason: string) => {
    if (stoppedAt !== undefined) {
      if (Date.now() - stoppedAt <= grace) {
        server.app.log.info({ reason }, 'already stopping: the batches in flight finish first');
        return;
      }
      server.app.log.warn({ reason }, 'stopping now, past the grace period');
      process.exit(1);
    }
    stoppedAt = Date.now();
    server.app.log.info(
      { reason, graceMs: grace },
      'stopping: no new sends; waiting for the batches in flight',
    );
    setTimeout(() => process.exit(1), grace + CLOSE_MARGIN_MS).unref();
    server.close(grace).then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'could not close cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (process.send) {
    process.on('disconnect', () => stop('the process that started this one ended'));
    if (!process.connected) stop('the process that started this one ended');
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Mind Card Studio did not start.\n${error.message}`);
  } else {
    console.error(
      `Mind Card Studio did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.exit(1);
});
