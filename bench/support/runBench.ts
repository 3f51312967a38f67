/** Something a bench starts and must stop: a server, a mock, a browser. */
export interface Closable {
  close(): Promise<unknown>;
}

/**
 * Runs a bench's body. What it `keep`s is closed when the body ends, when it fails (the bench
 * then exits 1) and when a signal stops it (the runner's timeout), last kept first. The process
 * then exits: idle keep-alive sockets must not hold a bench open.
 */
export async function runBench(
  body: (keep: <T extends Closable>(resource: T) => T) => Promise<void>,
): Promise<never> {
  const kept: Closable[] = [];
  const closeAll = async () => {
    for (const resource of kept.splice(0).reverse()) await resource.close().catch(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void closeAll().finally(() => process.exit(1)));
  let exitCode = 0;
  try {
    await body((resource) => {
      kept.push(resource);
      return resource;
    });
  } catch (error) {
    console.error(error);
    exitCode = 1;
  } finally {
    await closeAll();
  }
  process.exit(exitCode);
}
