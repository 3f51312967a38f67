import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';

describe('openDatabase', () => {
  it('says it could not reach PostgreSQL, naming DATABASE_URL but never its password', async () => {
    // A port that was free a moment ago: nothing answers there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    await new Promise((resolve) => probe.close(resolve));
    if (address === null || typeof address === 'string') throw new Error('no port');
    const databaseUrl = `postgres://studio:pa55word-xyz@127.0.0.1:${address.port}/studio`;
    const dataDir = mkdtempSync(join(tmpdir(), 'mcs-db-'));
    const opening = openDatabase({ dataDir, databaseUrl });
    await expect(opening).rejects.toThrow(
      /^could not connect to the PostgreSQL database in DATABASE_URL: .*ECONNREFUSED/,
    );
    await expect(opening).rejects.not.toThrow(/pa55word-xyz/);
  });
});
