/** A write to the database that failed, as the user is told about it. */
export interface StorageFailure {
  status: 503 | 507;
  code: 'storage-full' | 'storage-unavailable';
  /** Says what happened and what to do; never the database's path. */
  message: string;
  /** For the log and a batch's `error`: `storage full` or the driver's code. */
  reason: string;
}

// PostgreSQL's SQLSTATE 53100 is disk_full.
const FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100']);
const UNAVAILABLE_CODES = /^SQLITE_(IOERR|READONLY|CANTOPEN|BUSY|LOCKED|CORRUPT|NOTADB|PERM)\w*$/;
/**
 * PostgreSQL: connection lost (08…), out of resources (53…), shut down or starting (57P0…),
 * read-only (25006); the socket to it: refused, reset, timed out.
 */
const POSTGRES_UNAVAILABLE =
  /^(08\w{3}|53\w{3}|57P0\d|25006|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * What a database error says about the storage: the disk is full (507), or the database
 * cannot be written for another reason (503). Undefined for errors that are not about storage
 * (a bug is a 500, not the disk's fault).
 */
export function storageFailure(error: unknown): StorageFailure | undefined {
  const code = codeOf(error);
  if (FULL_CODES.has(code)) return describeWriteFailure(error);
  if (UNAVAILABLE_CODES.test(code) || POSTGRES_UNAVAILABLE.test(code))
    return describeWriteFailure(error);
  return undefined;
}

/** Like `storageFailure`, for an error known to come from a write: never undefined. */
export function describeWriteFailure(error: unknown): StorageFailure {
  const code = codeOf(error);
  if (FULL_CODES.has(code)) {
    return {
      status: 507,
      code: 'storage-full',
      reason: 'storage full',
      message:
        'Storage full: the server’s disk is full, so nothing was saved or sent. Free space where it keeps its data (DATA_DIR, or the PostgreSQL server’s disk), then try again.',
    };
  }
  const reason = code || 'write failed';
  return {
    status: 503,
    code: 'storage-unavailable',
    reason,
    message: `The server could not write to its database (${reason}), so nothing was saved or sent; see its log, then try again.`,
  };
}
