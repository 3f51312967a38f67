import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * One server per SQLite file (docs/server.md#storage). A server's start ends every lease in the
 * file, as a killed process left them: a second server started on the same DATA_DIR (a second
 * `npm start`, even one that then finds its port taken) would make the first one's batches in
 * flight `unknown` and take back those it holds. So a server holds DATA_DIR from before it opens
 * the database until it has closed it: an exclusive lock on a file of its own beside the
 * database, taken through SQLite (the operating system's lock, which SQLite also keeps between
 * two connections of one process), and released by the system however the process ends.
 */

/** The file whose lock says which process holds DATA_DIR; it stays empty. */
export const LOCK_FILE = 'mind-card-studio.lock';

export class DataDirInUseError extends Error {
  readonly code = 'data-dir-in-use';
}

export interface DataDirLock {
  /** Lets another server start on DATA_DIR (after this one has closed its database). */
  release(): void;
}

/** Holds `dataDir` for this process, or throws `DataDirInUseError` at once if a server does. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  // No wait: a server holds the lock for as long as it runs.
  const lock = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    // A transaction that takes the exclusive lock at once and stays open, writing nothing: the
    // file stays empty, with no journal beside it (in memory), even after a SIGKILL.
    lock.pragma('journal_mode = MEMORY');
    lock.exec('begin exclusive');
  } catch (error) {
    lock.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY')
      throw new DataDirInUseError(
        `Another server is running on DATA_DIR (${resolve(dataDir)}): its SQLite database takes ` +
          'one server at a time. Stop that one first, or give this one a DATA_DIR of its own ' +
          '(several servers on one database: DATABASE_URL, PostgreSQL).',
      );
    throw error;
  }
  return {
    release() {
      if (lock.open) lock.close();
    },
  };
}
