import { describe, expect, it } from 'vitest';
import { storageFailure } from './storageFailure';

const withCode = (code: string) => Object.assign(new Error('from the driver'), { code });

describe('storageFailure', () => {
  it.each(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100'])('%s: 507 storage-full', (code) => {
    expect(storageFailure(withCode(code))).toMatchObject({
      status: 507,
      code: 'storage-full',
      reason: 'storage full',
      message: expect.stringMatching(/^Storage full: .*Free space .*DATA_DIR/),
    });
  });

  it.each([
    'SQLITE_IOERR_WRITE',
    'SQLITE_READONLY',
    'SQLITE_BUSY',
    'SQLITE_CORRUPT',
    '08006',
    '57P01',
    '53300',
    'ECONNREFUSED',
  ])('%s: 503 storage-unavailable, naming the code', (code) => {
    const failure = storageFailure(withCode(code));
    expect(failure).toMatchObject({ status: 503, code: 'storage-unavailable', reason: code });
    expect(failure?.message).toContain(`(${code})`);
  });

  it('leaves errors that are not about storage to the 500 path (a bug is not the disk’s fault)', () => {
    expect(storageFailure(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBeUndefined();
    expect(storageFailure(withCode('EACCES'))).toBeUndefined();
    expect(storageFailure(withCode('23505'))).toBeUndefined(); // PostgreSQL's unique violation
    expect(storageFailure(new Error('no code'))).toBeUndefined();
    expect(storageFailure(null)).toBeUndefined();
  });
});
