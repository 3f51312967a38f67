import { describe, expect, it } from 'vitest';
import type { Batch } from '../../../api/schemas';
import { describeFailure, failedBatches } from './describeFailure';

const batch = (overrides: Partial<Batch>): Batch => ({
  index: 0,
  requestId: '3f1c2a9e-0000-4000-8000-000000000001',
  receiveIds: ['ou_aaaaaaaa0001'],
  status: 'failed',
  code: null,
  msg: null,
  error: null,
  attempts: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

describe('describeFailure', () => {
  it("keeps Mind's code and msg verbatim", () => {
    expect(describeFailure(batch({ code: 40003, msg: 'receive_id is not valid' }))).toEqual({
      key: 'failure.refused',
      params: { code: '40003', msg: 'receive_id is not valid' },
    });
  });

  it('reads a code given as a string', () => {
    expect(describeFailure(batch({ code: '401', msg: 'bad secret' })).key).toBe(
      'failure.credentials',
    );
    expect(describeFailure(batch({ code: 429, msg: 'slow down' })).key).toBe('failure.rateLimited');
    expect(describeFailure(batch({ code: 403, msg: 'no' })).key).toBe('failure.forbidden');
  });

  it('says when Mind gave no answer, with our own explanation', () => {
    expect(describeFailure(batch({ error: 'Mind answered HTTP 503 (after 3 attempts)' }))).toEqual({
      key: 'failure.noAnswer',
      params: { detail: 'Mind answered HTTP 503 (after 3 attempts)' },
    });
  });

  it('says when the outcome was lost to a restart', () => {
    expect(describeFailure(batch({ status: 'unknown' })).key).toBe('failure.unknown');
  });
});

describe('failedBatches', () => {
  it('keeps the failed and unknown batches only', () => {
    const batches = [
      batch({ index: 0, status: 'sent' }),
      batch({ index: 1, status: 'failed' }),
      batch({ index: 2, status: 'unknown' }),
      batch({ index: 3, status: 'pending' }),
    ];
    expect(failedBatches(batches).map((item) => item.index)).toEqual([1, 2]);
  });
});
