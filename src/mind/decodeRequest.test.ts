import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';

describe('decodeRequest', () => {
  it('parses text content', () => {
    const result = decodeRequest({
      receive_id: 'ou_1',
      content: '{"text":"hi"}',
      msg_type: 'text',
    });
    expect(result.ok).toBe(true);
  });
});
