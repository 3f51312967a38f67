import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { sendBodySchema } from './sendRequestSchema';
import { toMindIssues } from './validation';

const refusal = (body: unknown) => {
  const result = safeParse(sendBodySchema, body);
  return result.success ? [] : toMindIssues(result.error.issues, 'invalid-request');
};

describe('sendBodySchema', () => {
  it('passes a valid body through as the typed request, unknown keys dropped', () => {
    const result = safeParse(sendBodySchema, {
      msg_type: 'text',
      content: { text: 'hi' },
      audience: { kind: 'users', ids: ['ou_1'] },
      note: 'x',
    });
    expect(result.success && result.data).toEqual({
      msg_type: 'text',
      content: { text: 'hi' },
      audience: { kind: 'users', ids: ['ou_1'] },
    });
  });

  it('lists every problem in one answer, in the body’s order, each with its code and pointer', () => {
    const issues = refusal({
      msg_type: 'image',
      content: { text: 'hi' },
      audience: { kind: 'user', id: 'a b', 'x/y': 1 },
      clientId: 'a b',
      receive_id: 'ou_2',
    });
    expect(issues.map(({ path, code }) => [path, code])).toEqual([
      ['/msg_type', 'unknown-msg-type'],
      ['/audience/x~1y', 'unexpected-field'],
      ['/audience/id', 'receive-id-invalid'],
      ['/clientId', 'invalid-value'],
      ['/receive_id', 'unexpected-field'],
    ]);
    expect(issues[0]?.params).toEqual({ value: 'image' });
  });

  it('refuses a body that is not an object before any rule', () => {
    expect(refusal([1])).toEqual([
      {
        path: '',
        severity: 'error',
        code: 'not-an-object',
        message: 'The body must be a JSON object, not array',
      },
    ]);
  });
});
