import { describe, expect, it } from 'vitest';
import type { Card } from '../../mind';
import { selectElementSeverities, selectIssues } from './useCardIssues';

const button = (url: string) => ({
  tag: 'button',
  text: { tag: 'plain_text', content: 'Open' },
  type: 'view',
  url,
});

const card = (elements: unknown[]): Card =>
  ({ header: { title: { content: 'Report' }, template: 'blue' }, elements }) as Card;

describe('selectElementSeverities', () => {
  it('gives each element its worst issue, by index, and nothing for clean elements', () => {
    const elements: unknown[] = Array.from({ length: 12 }, (_, index) => ({
      tag: 'markdown',
      content: `Block ${index}`,
    }));
    elements[1] = { tag: 'markdown', content: '' }; // a warning only
    elements[10] = { tag: 'action', action: [button('https://example.com'), button('not a url')] };
    const subject = card(elements);
    const issues = selectIssues(subject);
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/content/elements/10/action/1/url', severity: 'error' }),
    );

    const severities = selectElementSeverities(subject);
    expect(severities.get(1)).toBe('warning');
    expect(severities.get(10)).toBe('error');
    // Element 1's pointer is a prefix of element 10's: the two are kept apart.
    expect([...severities.keys()].sort((a, b) => a - b)).toEqual([1, 10]);
  });

  it('is computed once per version of the card', () => {
    const subject = card([{ tag: 'markdown', content: '' }]);
    expect(selectElementSeverities(subject)).toBe(selectElementSeverities(subject));
    expect(selectElementSeverities(card([{ tag: 'markdown', content: '' }]))).not.toBe(
      selectElementSeverities(subject),
    );
  });
});
