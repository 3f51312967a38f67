import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { encodeRequest } from './encodeRequest';
import {
  escapeMarkdown,
  expandContent,
  fieldIssues,
  fieldSites,
  fieldTokens,
  isFieldName,
  parseFields,
  usedFields,
} from './fields';
import type { MindIssue } from './issues';
import { validateContent } from './validateMessage';

const codes = (issues: MindIssue[]) => issues.map(({ path, code }) => `${code} ${path}`);

const card = {
  header: { template: 'blue', title: { content: 'Hello {{name}}' } },
  elements: [
    { tag: 'markdown', content: 'Your team: **{{team}}**' },
    {
      tag: 'rich_text',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Room {{room}}',
              marks: [{ type: 'link', attrs: { href: 'https://rooms.example/{{room}}' } }],
            },
          ],
        },
      ],
    },
    {
      tag: 'action',
      action: [
        {
          tag: 'button',
          text: { content: 'Open {{room}}', tag: 'plain_text' },
          type: 'view',
          url: '{{link}}',
        },
        {
          tag: 'button',
          text: { content: 'Ack', tag: 'plain_text' },
          type: 'click',
          event: 'ack',
          value: { who: '{{name}}', card: '$card_id', nested: ['{{team}}'] },
        },
      ],
    },
  ],
};

describe('parseFields', () => {
  it('splits text and placeholders, spaces inside braces allowed', () => {
    expect(parseFields('Hi {{ name }}, see {{due date}}.').segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'field', name: 'name', offset: 3, length: 10 },
      { kind: 'text', text: ', see ' },
      { kind: 'field', name: 'due date', offset: 19, length: 12 },
      { kind: 'text', text: '.' },
    ]);
  });

  it('Unicode names: letters, marks, digits, _ and -', () => {
    for (const name of ['部门', 'nom_complet', 'café', 'x-1', 'Ünïcödé 2', 'हिन्दी'])
      expect(isFieldName(name), name).toBe(true);
    for (const name of ['', 'a  b', ' a', 'a.b', 'a{b', 'a}b', '$x', 'x'.repeat(65)])
      expect(isFieldName(name), name).toBe(false);
    expect(parseFields('{{部门}}').segments).toEqual([
      { kind: 'field', name: '部门', offset: 0, length: 6 },
    ]);
  });

  it('\\{{ is a literal {{, and a lone }} is text', () => {
    expect(parseFields('a \\{{name}} b }} c')).toEqual({
      segments: [{ kind: 'text', text: 'a {{name}} b }} c' }],
      problems: [],
    });
  });

  it('reports unclosed braces and invalid names', () => {
    expect(parseFields('Hi {{name').problems).toEqual([
      { code: 'field-unclosed', offset: 3, length: 6, found: '{{name' },
    ]);
    expect(parseFields('{{a.b}} and {{}}').problems.map((item) => item.code)).toEqual([
      'field-name-invalid',
      'field-name-invalid',
    ]);
  });
});

describe('fieldTokens', () => {
  const spans = (text: string, available?: string[]) =>
    fieldTokens(text, available).map(({ kind, start, end }) => `${kind} ${text.slice(start, end)}`);

  it('marks each field, unknown ones, invalid names and an unclosed brace, in order', () => {
    const text = 'Hi {{ name }}, {{部门}} and {{a.b}} \\{{x}} {{room';
    expect(spans(text, ['name'])).toEqual([
      'field {{ name }}',
      'unknown {{部门}}',
      'field-name-invalid {{a.b}}',
      'field-unclosed {{room',
    ]);
    // Without the fields available, every well-formed placeholder is a field.
    expect(spans(text).slice(0, 2)).toEqual(['field {{ name }}', 'field {{部门}}']);
  });

  it('spans are in the text as written: \\{{ is no token and keeps the offsets after it', () => {
    const text = 'a \\{{b}} {{c}} {{{d}}}';
    expect(spans(text, ['c', 'd'])).toEqual(['field {{c}}', 'field {{d}}']);
    expect(fieldTokens('no braces, $card_id }}')).toEqual([]);
  });

  it('marks exactly what fieldIssues reports, at the same offsets', () => {
    const text = 'x {{a}} {{b c}} {{ }} {{d';
    const issues = fieldIssues('text', { text }, '/content', ['a']);
    const marked = fieldTokens(text, ['a']).filter((token) => token.kind !== 'field');
    expect(marked.map((token) => `${token.kind} ${token.start}`)).toEqual(
      issues
        .map((item) => ({
          kind: item.code === 'field-unknown' ? 'unknown' : item.code,
          offset: Number(item.params?.offset),
        }))
        .sort((a, b) => a.offset - b.offset)
        .map(({ kind, offset }) => `${kind} ${offset}`),
    );
    expect(marked).toHaveLength(3);
  });
});

describe('fieldSites and usedFields', () => {
  it('finds every place in a card, but not keys or other fields', () => {
    expect(fieldSites('interactive', card).map((site) => `${site.kind} ${site.path}`)).toEqual([
      'plain /content/header/title/content',
      'markdown /content/elements/0/content',
      'url /content/elements/1/content/0/content/0/marks/0/attrs/href',
      'rich /content/elements/1/content/0/content/0/text',
      'plain /content/elements/2/action/0/text/content',
      'url /content/elements/2/action/0/url',
      'plain /content/elements/2/action/1/text/content',
      'value /content/elements/2/action/1/value/who',
      'value /content/elements/2/action/1/value/card',
      'value /content/elements/2/action/1/value/nested/0',
    ]);
    expect(usedFields('interactive', card)).toEqual(['name', 'team', 'room', 'link']);
  });

  it('text, markdown and rich text', () => {
    expect(usedFields('text', { text: '{{a}} {{b}} {{a}}' })).toEqual(['a', 'b']);
    expect(usedFields('markdown', { text: '**{{a}}**' })).toEqual(['a']);
    expect(
      usedFields('rich_text', [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'https://a.example/?u={{id}}' } }],
            },
          ],
        },
      ]),
    ).toEqual(['id']);
  });
});

describe('fieldIssues', () => {
  it('locates malformed and unknown placeholders by JSON pointer', () => {
    const issues = fieldIssues(
      'interactive',
      {
        ...card,
        header: { title: { content: 'Hi {{name' } },
      },
      '/content',
      ['name', 'team', 'room'],
    );
    expect(codes(issues)).toEqual([
      'field-unclosed /content/header/title/content',
      'field-unknown /content/elements/2/action/0/url',
    ]);
    expect(issues[1]?.params).toEqual({ field: 'link', offset: 0 });
  });

  it('every message type', () => {
    expect(codes(fieldIssues('text', { text: '{{a.b}}' }))).toEqual([
      'field-name-invalid /content/text',
    ]);
    expect(codes(fieldIssues('markdown', { text: '{{x}}' }, '/content', []))).toEqual([
      'field-unknown /content/text',
    ]);
    expect(
      codes(
        fieldIssues('rich_text', [{ type: 'paragraph', content: [{ type: 'text', text: '{{' }] }]),
      ),
    ).toEqual(['field-unclosed /content/0/content/0/text']);
  });

  it('no placeholders, or only literal braces and $card_id: no issues', () => {
    expect(fieldIssues('text', { text: 'a \\{{b}} c' }, '/content', [])).toEqual([]);
    expect(
      fieldIssues(
        'interactive',
        { ...card, header: { title: { content: '$card_id }}' } }, elements: [] },
        '/content',
        [],
      ),
    ).toEqual([]);
  });
});

describe('expandContent', () => {
  const values = {
    name: 'Ann "A" }}',
    team: 'R&D *core*\nsecond line',
    room: 'B 2/3',
    link: 'https://intra.example/x?a=1',
  };

  it('expands a card, escaping each value for where it lands', () => {
    const { content, problems, missing } = expandContent('interactive', card, values);
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
    const expanded = content as typeof card;
    expect(expanded.header.title.content).toBe('Hello Ann "A" }}');
    expect(expanded.elements[0]).toEqual({
      tag: 'markdown',
      content: 'Your team: **R\\&D \\*core\\* second line**',
    });
    expect(expanded.elements[1]?.content?.[0]).toEqual({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Room B 2/3',
          marks: [{ type: 'link', attrs: { href: 'https://rooms.example/B%202%2F3' } }],
        },
      ],
    });
    expect(expanded.elements[2]?.action).toEqual([
      {
        tag: 'button',
        text: { content: 'Open B 2/3', tag: 'plain_text' },
        type: 'view',
        url: 'https://intra.example/x?a=1',
      },
      {
        tag: 'button',
        text: { content: 'Ack', tag: 'plain_text' },
        type: 'click',
        event: 'ack',
        value: { who: 'Ann "A" }}', card: '$card_id', nested: ['R&D *core*\nsecond line'] },
      },
    ]);
    expect(validateContent('interactive', content, '/content')).toEqual([]);
    // The template is untouched.
    expect(card.header.title.content).toBe('Hello {{name}}');
  });

  it('values with quotes and line breaks survive the wire encoding exactly', () => {
    const { content } = expandContent('interactive', card, values);
    const wire = encodeRequest({ msg_type: 'interactive', receive_id: 'ou_1', content } as never);
    const decoded = decodeRequest(JSON.parse(JSON.stringify(wire)) as unknown);
    if (!decoded.ok) throw new Error('not decoded');
    expect(decoded.message.content).toEqual(content);
  });

  it('a whole-address placeholder must be an http(s) or mailto address', () => {
    const { problems } = expandContent('interactive', card, {
      ...values,
      link: 'javascript:alert(1)',
    });
    expect(problems).toEqual([
      {
        path: '/content/elements/2/action/0/url',
        field: 'link',
        message:
          'The value of "link" must be a whole http(s) or mailto address here, not "javascript:alert(1)"',
      },
    ]);
  });

  it('text keeps line breaks but never makes a mention', () => {
    const { content } = expandContent(
      'text',
      { text: 'Hi {{name}}' },
      {
        name: 'x <at user_id="all">所有人</at>\nnext',
      },
    );
    expect(content).toEqual({ text: 'Hi x <\u200bat user_id="all">所有人<\u200b/at>\nnext' });
    expect(validateContent('text', content, '/content', 'subscribers')).toEqual([]);
  });

  it('rich text: a line break is a hardBreak, an empty text node is dropped', () => {
    const doc = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '{{a}}', marks: [{ type: 'bold' }] },
          { type: 'text', text: '{{b}}' },
        ],
      },
    ];
    const { content } = expandContent('rich_text', doc, { a: 'one\ntwo', b: '' });
    expect(content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'one', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'two', marks: [{ type: 'bold' }] },
        ],
      },
    ]);
  });

  it('lists missing fields (expanded as empty) and leaves content without fields alone', () => {
    const result = expandContent('markdown', { text: '{{a}}-{{b}}' }, { a: 'x' });
    expect(result.missing).toEqual(['b']);
    expect(result.content).toEqual({ text: 'x-' });
    const plain = { text: 'no fields', extra: 1 };
    expect(expandContent('text', plain, {}).content).toBe(plain);
    expect(expandContent('text', { text: 'a \\{{b}}' }, {}).content).toEqual({ text: 'a {{b}}' });
  });

  it('escapeMarkdown escapes syntax and breaks mentions', () => {
    expect(escapeMarkdown('# *a* [b](c) <at user_id="x">y</at>\r\nz')).toBe(
      '\\# \\*a\\* \\[b\\]\\(c\\) \\<\u200bat user\\_id\\=\\"x\\"\\>y\\<\u200b/at\\> z',
    );
  });
});
