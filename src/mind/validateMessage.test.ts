import { describe, expect, it } from 'vitest';
import type { MindIssue } from './issues';
import { validateMessage } from './validateMessage';

const codes = (issues: MindIssue[]) =>
  issues.map(({ path, severity, code }) => `${severity} ${code} ${path}`);

const card = (overrides: Record<string, unknown> = {}) => ({
  msg_type: 'interactive',
  content: {
    header: { template: 'blue', title: { content: 'Title' } },
    elements: [{ tag: 'markdown', content: 'hello' }],
    ...overrides,
  },
});

const button = (fields: Record<string, unknown>) =>
  card({
    elements: [
      {
        tag: 'action',
        action: [{ tag: 'button', text: { content: 'Go', tag: 'plain_text' }, ...fields }],
      },
    ],
  });

describe('validateMessage', () => {
  it('accepts a complete card', () => {
    expect(validateMessage(card())).toEqual([]);
  });

  it('a card without a header title', () => {
    expect(codes(validateMessage(card({ header: { template: 'blue' } })))).toEqual([
      'error card-title-missing /content/header/title/content',
    ]);
    expect(codes(validateMessage(card({ header: { title: { content: '  ' } } })))).toEqual([
      'error card-title-missing /content/header/title/content',
    ]);
  });

  it('a header template outside the five is a warning', () => {
    expect(
      codes(validateMessage(card({ header: { template: 'orange', title: { content: 'T' } } }))),
    ).toEqual(['warning unknown-header-template /content/header/template']);
  });

  it('a view button without a URL, or with one that is not http(s)', () => {
    expect(codes(validateMessage(button({ type: 'view' })))).toEqual([
      'error button-url-missing /content/elements/0/action/0/url',
    ]);
    for (const url of ['https:///', 'example', '/relative']) {
      expect(codes(validateMessage(button({ type: 'view', url })))).toEqual([
        'error button-url-invalid /content/elements/0/action/0/url',
      ]);
    }
    // Refused by the URL policy, with its one error for every address.
    for (const url of ['javascript:alert(1)', 'ftp://example.com/', ' https://a.b/']) {
      expect(codes(validateMessage(button({ type: 'view', url })))).toEqual([
        'error url-not-allowed /content/elements/0/action/0/url',
      ]);
    }
    expect(validateMessage(button({ type: 'view', url: 'https://mind.im30.net/' }))).toEqual([]);
  });

  it('a click button without event, or whose value is not an object', () => {
    expect(codes(validateMessage(button({ type: 'click', value: {} })))).toEqual([
      'error button-event-missing /content/elements/0/action/0/event',
    ]);
    for (const value of ['x', 1, [1], null]) {
      expect(codes(validateMessage(button({ type: 'click', event: 'e', value })))).toEqual([
        'error button-value-not-object /content/elements/0/action/0/value',
      ]);
    }
    expect(validateMessage(button({ type: 'click', event: 'e', value: { k: 'v' } }))).toEqual([]);
  });

  it('a button without a label or a kind', () => {
    const message = card({
      elements: [{ tag: 'action', action: [{ tag: 'button', url: 'https://a.b/' }] }],
    });
    expect(codes(validateMessage(message))).toEqual([
      'error button-label-missing /content/elements/0/action/0/text/content',
      'error button-type-missing /content/elements/0/action/0/type',
    ]);
  });

  it('an empty card', () => {
    expect(codes(validateMessage(card({ elements: [] })))).toEqual([
      'error card-empty /content/elements',
    ]);
    expect(
      codes(
        validateMessage({
          msg_type: 'interactive',
          content: { header: { title: { content: 'T' } } },
        }),
      ),
    ).toEqual(['error card-empty /content/elements']);
  });

  it('unknown element tags, nodes and marks are warnings, not errors', () => {
    const message = card({
      elements: [
        { tag: 'img', img_key: 'x' },
        {
          tag: 'rich_text',
          content: [
            { type: 'blockquote', content: [] },
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'a', marks: [{ type: 'italic' }] }],
            },
          ],
        },
      ],
    });
    expect(codes(validateMessage(message))).toEqual([
      'warning unknown-element /content/elements/0',
      'warning unknown-node /content/elements/1/content/0',
      'warning unknown-mark /content/elements/1/content/1/content/0/marks/0',
    ]);
  });

  it('a mention without id', () => {
    const message = {
      msg_type: 'rich_text',
      content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { label: 'Ann' } }] }],
    };
    expect(codes(validateMessage(message))).toEqual([
      'error mention-missing-id /content/0/content/0/attrs/id',
    ]);
  });

  it('empty text content', () => {
    expect(codes(validateMessage({ msg_type: 'text', content: { text: '' } }))).toEqual([
      'error text-empty /content/text',
    ]);
    expect(codes(validateMessage({ msg_type: 'markdown', content: { text: ' \n ' } }))).toEqual([
      'error text-empty /content/text',
    ]);
    expect(codes(validateMessage({ msg_type: 'rich_text', content: [] }))).toEqual([
      'error text-empty /content',
    ]);
    const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
    expect(
      codes(
        validateMessage({
          msg_type: 'rich_text',
          content: [{ type: 'paragraph' }, paragraph({ type: 'text', text: ' ' })],
        }),
      ),
    ).toEqual(['error text-empty /content']);
    expect(
      codes(
        validateMessage({
          msg_type: 'rich_text',
          content: [paragraph({ type: 'mention', attrs: { id: 'ou_a', label: 'Ann' } })],
        }),
      ),
    ).toEqual([]);
  });

  it('wrong types inside the content are located', () => {
    expect(codes(validateMessage({ msg_type: 'text', content: { text: 5 } }))).toEqual([
      'error invalid-type /content/text',
    ]);
    expect(codes(validateMessage(card({ config: { enable_forward: 'yes' } })))).toEqual([
      'error invalid-type /content/config/enable_forward',
    ]);
    const heading = {
      msg_type: 'rich_text',
      content: [{ type: 'heading', attrs: { level: 9 }, content: [] }],
    };
    expect(codes(validateMessage(heading))).toEqual(['error invalid-value /content/0/attrs/level']);
  });

  it('links must be http(s) or mailto', () => {
    const link = (href: string) => ({
      msg_type: 'rich_text',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href, target: '_blank', class: 'me-link' } }],
            },
          ],
        },
      ],
    });
    expect(validateMessage(link('mailto:a@b.c'))).toEqual([]);
    expect(codes(validateMessage(link('javascript:alert(1)')))).toEqual([
      'error url-not-allowed /content/0/content/0/marks/0/attrs/href',
    ]);
    expect(codes(validateMessage(link('/relative')))).toEqual([
      'error link-invalid /content/0/content/0/marks/0/attrs/href',
    ]);
  });

  it('recipients: an empty list is an error, an unknown receive_type a warning', () => {
    const base = { msg_type: 'text', content: { text: 'hi' } };
    expect(codes(validateMessage({ ...base, receive_ids: [] }))).toEqual([
      'error receive-ids-empty /receive_ids',
    ]);
    expect(codes(validateMessage({ ...base, receive_ids: ['ou_1', ''] }))).toEqual([
      'error receive-id-invalid /receive_ids/1',
    ]);
    expect(codes(validateMessage({ ...base, receive_type: 2 }))).toEqual([
      'warning unknown-receive-type /receive_type',
    ]);
  });

  it('JSON pointers escape ~ and /', () => {
    const message = card({ elements: [{ tag: 'a/b~c' }] });
    expect(validateMessage(message)[0]?.path).toBe('/content/elements/0');
    const nested = { msg_type: 'text', content: { text: 'x', 'a/b': 1 } };
    expect(validateMessage(nested)).toEqual([]);
  });
});
