import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { formatMention, mentionsEveryone, scanMentions, textMentionIssues } from './mentions';
import { validateContent } from './validateMessage';

const codes = (issues: { code: string; severity: string }[]) =>
  issues.map((item) => `${item.severity}:${item.code}`);

describe('<at> mentions: the exact shape', () => {
  it('accepts double and single quotes, and the everyone mention', () => {
    const text =
      'Hi <at user_id="ou_a1">张伟</at> and <at user_id=\'ou_b2\'>Emily Chen</at>, <at user_id="all">所有人</at>';
    const { mentions, malformed } = scanMentions(text);
    expect(malformed).toEqual([]);
    expect(mentions.map(({ id, name }) => [id, name])).toEqual([
      ['ou_a1', '张伟'],
      ['ou_b2', 'Emily Chen'],
      ['all', '所有人'],
    ]);
    expect(mentions[0]?.offset).toBe(3);
  });

  const malformedCases: [string, string][] = [
    ['<at  user_id="ou_a">A</at>', 'two spaces after at'],
    ['<at user_id = "ou_a">A</at>', 'spaces around ='],
    ['<at user_id="ou_a" >A</at>', 'a space before >'],
    ['<at user_id=ou_a>A</at>', 'no quotes'],
    ['<at user_id="ou_a\'>A</at>', 'mismatched quotes'],
    ['<at user_id="ou_a">A</ at>', 'a space in the closing tag'],
    ['<at user_id="ou_a">A', 'no closing tag'],
    ['<at user_id="">A</at>', 'an empty id'],
    ['<at user_id="ou_a"></at>', 'an empty name'],
    ['<AT user_id="ou_a">A</AT>', 'capitals'],
    ['<at id="ou_a">A</at>', 'another attribute'],
  ];
  for (const [text, why] of malformedCases) {
    it(`refuses ${why}: ${text}`, () => {
      const { malformed } = scanMentions(`x\n  ${text}`);
      expect(malformed.length).toBeGreaterThan(0);
      expect(malformed[0]).toMatchObject({ line: 2, column: 3, offset: 4 });
    });
  }

  it('is an error with its line and column in a group message, a warning elsewhere', () => {
    const text = 'ok <at user_id="ou_a">A</at>\nthen <at user_id = "ou_b">B</at>';
    const group = textMentionIssues(text, '/content/text', 'group');
    expect(group).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'mention-malformed',
        path: '/content/text',
        params: expect.objectContaining({ line: 2, column: 6 }),
      }),
    ]);
    expect(group[0]?.message).toContain('line 2, column 6');
    expect(codes(textMentionIssues(text, '/content/text', 'robot'))).toEqual([
      'warning:mention-malformed',
      'warning:mention-outside-group',
    ]);
  });

  it('allows everyone only in a group message', () => {
    const text = '<at user_id="all">所有人</at> 开会';
    expect(codes(validateContent('markdown', { text }, '/content', 'group'))).toEqual([]);
    expect(codes(validateContent('markdown', { text }, '/content', 'robot'))).toEqual([
      'error:mention-all-not-group',
    ]);
    expect(codes(validateContent('text', { text }, '/content', 'subscribers'))).toEqual([
      'error:mention-all-not-group',
    ]);
  });

  it('text that only looks like a tag elsewhere ("<attention>") is left alone', () => {
    expect(scanMentions('<attention> <atom/> a<b').malformed).toEqual([]);
  });
});

describe('rich_text mention nodes with id "all"', () => {
  const content = [
    {
      type: 'paragraph',
      content: [{ type: 'mention', attrs: { id: 'all', label: '所有人' } }],
    },
  ];
  it('are fine in a group, an error located at the id elsewhere', () => {
    expect(codes(validateContent('rich_text', content, '/content', 'group'))).toEqual([]);
    expect(validateContent('rich_text', content, '/content', 'robot')).toEqual([
      expect.objectContaining({
        code: 'mention-all-not-group',
        path: '/content/0/content/0/attrs/id',
        severity: 'error',
      }),
    ]);
  });

  it('decodeRequest judges by the body’s channel', () => {
    const wire = (head: Record<string, unknown>) => ({
      ...head,
      msg_type: 'rich_text',
      content: JSON.stringify(content),
    });
    expect(decodeRequest(wire({ group_id: 'og_1' })).issues).toEqual([]);
    expect(codes(decodeRequest(wire({ receive_open_ids: ['ou_a'] })).issues)).toEqual([
      'error:mention-all-not-group',
    ]);
  });
});

describe('<at> in a card (not documented there)', () => {
  const card = (markdown: string, extra: unknown[] = []) => ({
    header: { title: { content: 'T' } },
    elements: [{ tag: 'markdown', content: markdown }, ...extra],
  });
  const mention = '<at user_id="ou_6a5905698688e15e8f9b63c1043d1ee9">王芳</at>';

  it('is a warning with its block, line and column, in any channel and in the designer', () => {
    for (const channel of [undefined, 'subscribers', 'robot', 'group'] as const) {
      expect(
        validateContent('interactive', card(`Hi\nsee ${mention}`), '/content', channel),
      ).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'mention-in-card',
          path: '/content/elements/0/content',
          params: expect.objectContaining({ line: 2, column: 5, name: '王芳' }),
        }),
      ]);
    }
  });

  it('a malformed one is a warning with its position; text that is no tag is left alone', () => {
    expect(
      validateContent('interactive', card('a\n <at user_id = "x">X</at>'), '/content', 'group'),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'mention-malformed',
        path: '/content/elements/0/content',
        params: expect.objectContaining({ line: 2, column: 2 }),
      }),
    ]);
    expect(validateContent('interactive', card('<attention> please'), '/content', 'group')).toEqual(
      [],
    );
  });

  it('everyone is an error outside a group (markdown or a rich_text block), a warning in one', () => {
    const richAll = {
      tag: 'rich_text',
      content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: 'all' } }] }],
    };
    const everyone = card('<at user_id="all">所有人</at>', [richAll]);
    expect(codes(validateContent('interactive', everyone, '/content', 'robot'))).toEqual([
      'error:mention-all-not-group',
      'error:mention-all-not-group',
    ]);
    expect(
      validateContent('interactive', everyone, '/content', 'subscribers').map((item) => item.path),
    ).toEqual(['/content/elements/0/content', '/content/elements/1/content/0/content/0/attrs/id']);
    expect(codes(validateContent('interactive', everyone, '/content', 'group'))).toEqual([
      'warning:mention-in-card',
    ]);
    expect(mentionsEveryone(everyone)).toBe(true);
  });
});

describe('mentionsEveryone', () => {
  it('finds the everyone mention in text, markdown, rich text and inside a card', () => {
    expect(mentionsEveryone({ text: "<at user_id='all'>所有人</at>" })).toBe(true);
    expect(mentionsEveryone({ text: '<at  user_id = "all" >x</at>' })).toBe(true);
    expect(
      mentionsEveryone({
        elements: [
          { tag: 'rich_text', content: [{ type: 'mention', attrs: { id: 'all', label: 'x' } }] },
        ],
      }),
    ).toBe(true);
    expect(mentionsEveryone({ text: '<at user_id="allison">Allison</at>' })).toBe(false);
    expect(mentionsEveryone([{ type: 'mention', attrs: { id: 'ou_a', label: 'A' } }])).toBe(false);
  });
});

describe('formatMention', () => {
  it('writes the guide’s shape, and what it writes scans back as one mention', () => {
    const tag = formatMention('ou_a1', 'Emily <Chen>');
    expect(tag).toBe('<at user_id="ou_a1">Emily Chen</at>');
    expect(scanMentions(tag)).toEqual({
      mentions: [{ id: 'ou_a1', name: 'Emily Chen', offset: 0, length: tag.length }],
      malformed: [],
    });
  });
});
