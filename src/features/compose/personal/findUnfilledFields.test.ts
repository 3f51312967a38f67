import { describe, expect, it } from 'vitest';
import { planPersonal, type PersonalTable } from '../../../fields/personalTable';
import { findUnfilledFields, unfilledIssue } from './findUnfilledFields';

const text = (value: string) => ({ text: value });
const hello = text('Hello {{name}}, meeting at 3pm in {{ room }}; {{name}} again');
const table: PersonalTable = {
  source: null,
  columns: ['name'],
  rows: [{ open_id: 'ou_a', values: ['Ann'] }],
  problems: [],
};

describe('findUnfilledFields', () => {
  it('one person or a list with no table: every placeholder goes out as written', () => {
    for (const channel of ['subscribers', 'robot'] as const) {
      expect(
        findUnfilledFields('text', hello, { channel, listAudience: true, hasTable: false }),
      ).toEqual({ fields: ['name', 'room'], reason: 'no-table', tableUnused: false });
    }
  });

  it('a group post: as written because it cannot be personalised, and a loaded table is left out', () => {
    expect(
      findUnfilledFields('text', hello, { channel: 'group', listAudience: false, hasTable: true }),
    ).toEqual({ fields: ['name', 'room'], reason: 'group', tableUnused: true });
    expect(
      findUnfilledFields('text', hello, { channel: 'group', listAudience: false, hasTable: false }),
    ).toEqual({ fields: ['name', 'room'], reason: 'group', tableUnused: false });
  });

  it('all subscribers: as written, with or without a table', () => {
    expect(
      findUnfilledFields('text', hello, {
        channel: 'subscribers',
        listAudience: false,
        hasTable: true,
      }),
    ).toEqual({ fields: ['name', 'room'], reason: 'everyone', tableUnused: true });
  });

  it('a table and a list of people: nothing is left as written, not even a field it has no column of', () => {
    expect(
      findUnfilledFields('text', hello, { channel: 'robot', listAudience: true, hasTable: true }),
    ).toBeNull();
    // `room` is no column: it is a missing value, which stops the send (not sent as written).
    const plan = planPersonal('text', hello, table, ['ou_a'], {});
    expect(plan.missingCounts).toEqual({ name: 0, room: 1 });
    expect(plan.stopped).toBe(1);
  });

  it('no placeholder: nothing to say, unless a loaded table is left out', () => {
    const plain = text('Hello all, \\{{literal}} braces');
    expect(
      findUnfilledFields('text', plain, { channel: 'group', listAudience: false, hasTable: false }),
    ).toBeNull();
    expect(
      findUnfilledFields('text', plain, { channel: 'group', listAudience: false, hasTable: true }),
    ).toEqual({ fields: [], reason: 'group', tableUnused: true });
    expect(
      findUnfilledFields(
        'article',
        { title: '{{name}}' },
        {
          channel: 'subscribers',
          listAudience: true,
          hasTable: false,
        },
      ),
    ).toBeNull();
  });

  it('finds placeholders wherever a message may have them (a card title, a rich text link)', () => {
    const card = { header: { title: { content: 'Hi {{team}}' } }, elements: [] };
    const rich = [
      {
        type: 'text',
        text: 'see',
        marks: [{ type: 'link', attrs: { href: 'https://x.example/{{id}}' } }],
      },
    ];
    const options = { channel: 'subscribers', listAudience: true, hasTable: false } as const;
    expect(findUnfilledFields('interactive', card, options)?.fields).toEqual(['team']);
    expect(findUnfilledFields('rich_text', rich, options)?.fields).toEqual(['id']);
  });
});

describe('unfilledIssue', () => {
  it('a warning (not an error) naming the placeholders and why', () => {
    const unfilled = findUnfilledFields('text', hello, {
      channel: 'group',
      listAudience: false,
      hasTable: true,
    });
    expect(unfilledIssue(unfilled)).toEqual({
      path: '/content',
      severity: 'warning',
      code: 'fields-as-written-group',
      message:
        '{{name}}, {{room}} will be sent exactly as written: a group post cannot be personalised',
      params: { fields: '{{name}}, {{room}}' },
    });
    expect(unfilledIssue({ fields: [], reason: 'group', tableUnused: true })).toBeNull();
    expect(unfilledIssue(null)).toBeNull();
  });
});
