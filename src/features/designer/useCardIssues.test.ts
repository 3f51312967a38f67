import { describe, expect, it } from 'vitest';
import type { Card } from '../../mind';
import {
  NO_UNPARSED,
  unparsedKey,
  type UnparsedValues,
} from '../../work/card/model/reconcileUnparsed';
import type { DesignerDocument } from '../../work/card/model/types';
import {
  hasUnparsed,
  sameIssues,
  selectDesignerIssues,
  selectElementSeverities,
  selectIssues,
} from './useCardIssues';

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

describe('selectDesignerIssues', () => {
  const clickRow = (value: unknown) => ({
    tag: 'action',
    action: [{ tag: 'button', text: { content: 'Go' }, type: 'click', event: 'go', value }],
  });
  const doc = (): DesignerDocument => ({
    card: card([{ tag: 'markdown', content: 'Hi' }, clickRow({ a: 1 })]),
    elementIds: ['m', 'row'],
  });
  const held = (base: unknown): UnparsedValues =>
    new Map([
      [
        unparsedKey('row', 0),
        { elementId: 'row', buttonIndex: 0, text: '{"a": ', detail: 'Expected a value', base },
      ],
    ]);

  it('is the validator’s list, the same array, while every field parses', () => {
    const subject = doc();
    expect(selectDesignerIssues(subject, NO_UNPARSED)).toBe(selectIssues(subject.card));
    expect(selectIssues(subject.card).filter((item) => item.severity === 'error')).toEqual([]);
  });

  it('counts a button value that is not JSON as an error at its field, once per version', () => {
    const subject = doc();
    const values = held({ a: 1 });
    const issues = selectDesignerIssues(subject, values);
    expect(issues.filter((item) => item.severity === 'error')).toEqual([
      expect.objectContaining({
        path: '/content/elements/1/action/0/value',
        code: 'button-value-not-json',
      }),
    ]);
    expect(selectDesignerIssues(subject, values)).toBe(issues);
  });

  it('ignores text whose button no longer holds the value it was typed over', () => {
    expect(selectDesignerIssues(doc(), held({ a: 2 }))).toEqual(selectIssues(doc().card));
  });

  it('marks the element in error for its canvas block', () => {
    expect(hasUnparsed(held({ a: 1 }), 'row')).toBe(true);
    expect(hasUnparsed(held({ a: 1 }), 'm')).toBe(false);
    expect(hasUnparsed(NO_UNPARSED, 'row')).toBe(false);
  });
});

describe('sameIssues', () => {
  it('holds for two validations of cards with the same problems, and not when one changes', () => {
    const first = selectIssues(card([{ tag: 'action', action: [button('not a url')] }]));
    const retyped = selectIssues(card([{ tag: 'action', action: [button('not a url')] }]));
    expect(first.length).toBeGreaterThan(0);
    expect(retyped).not.toBe(first);
    expect(sameIssues(first, retyped)).toBe(true);

    const moved = selectIssues(
      card([
        { tag: 'markdown', content: 'x' },
        { tag: 'action', action: [button('not a url')] },
      ]),
    );
    const fixed = selectIssues(card([{ tag: 'action', action: [button('https://a.example')] }]));
    expect(sameIssues(first, moved)).toBe(false);
    expect(sameIssues(first, fixed)).toBe(false);
  });
});
