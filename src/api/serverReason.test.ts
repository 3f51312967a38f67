import { describe, expect, it } from 'vitest';
import { reasonText } from './serverReason';

describe('reasonText', () => {
  it('knows the sentences the server writes, and their values', () => {
    expect(reasonText('No value for "姓名"')).toEqual({
      reason: { key: 'reason.noValue', params: { field: '姓名' } },
      attempts: null,
    });
    expect(reasonText('The server failed while sending this batch')?.reason.key).toBe(
      'reason.serverFailed',
    );
    expect(reasonText('Mind did not answer within 10000 ms (after 3 attempts)')).toEqual({
      reason: { key: 'reason.timeout', params: { ms: '10000' } },
      attempts: '3',
    });
    expect(reasonText('Mind could not be reached (ENOTFOUND) (after 1 attempt)')).toEqual({
      reason: { key: 'reason.unreachableCode', params: { code: 'ENOTFOUND' } },
      attempts: '1',
    });
    expect(
      reasonText(
        'Not sent: the server could not record this batch before sending it (the disk is full); retry sends it once the database can be written again.',
      ),
    ).toEqual({
      reason: { key: 'reason.notRecorded', params: { why: 'the disk is full' } },
      attempts: null,
    });
  });

  it('leaves a sentence it does not know alone', () => {
    expect(reasonText('Something new the server says')).toBeNull();
  });
});
