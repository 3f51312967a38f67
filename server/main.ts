import dotenv from 'dotenv';
import { ConfigError, loadConfig } from './config';
import { startServer } from './startServer';

dotenv.config({ quiet: true });

/** Longest wait for sends in flight at shutdown; what is cut short is `unknown` on restart. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, { level: process.env.LOG_LEVEL ?? 'info' });
  const shown = server.url.replace('://127.0.0.1', '://localhost');
  console.log(
    `Mind Card Studio is running at ${shown} (${config.mode === 'sandbox' ? 'sandbox: nothing reaches Mind' : 'live'})`,
  );
  const stop = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
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
