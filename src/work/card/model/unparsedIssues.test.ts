import { describe, expect, it } from 'vitest';
import type { MindIssue } from '../../../mind';
import { mergeIssues } from './unparsedIssues';

const issue = (path: string, code = 'x'): MindIssue => ({
  path,
  code,
  severity: 'error',
  message: code,
});

describe('mergeIssues', () => {
  it('puts each extra issue after its element’s issues, keeping the validator’s order', () => {
    const validator = [
      issue('/content/header/title', 'title'),
      issue('/content/elements/0/content', 'zero'),
      issue('/content/elements/2/action/0/url', 'two'),
      issue('/content/elements', 'card-level'),
    ];
    const extra = [
      issue('/content/elements/0/action/1/value', 'unparsed-0'),
      issue('/content/elements/1/action/0/value', 'unparsed-1'),
      issue('/content/elements/5/action/0/value', 'unparsed-5'),
    ];
    expect(mergeIssues(validator, extra).map((item) => item.code)).toEqual([
      'title',
      'zero',
      'unparsed-0',
      'unparsed-1',
      'two',
      'card-level',
      'unparsed-5',
    ]);
  });

  it('returns the validator’s issues when there is nothing to add', () => {
    const validator = [issue('/content/elements/0/content')];
    expect(mergeIssues(validator, [])).toEqual(validator);
    expect(mergeIssues([], [issue('/content/elements/0/action/0/value')])).toHaveLength(1);
  });
});
