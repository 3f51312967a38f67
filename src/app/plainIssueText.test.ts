import './i18n';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, validateMessage } from '../mind';
import { plainIssueText } from './plainIssueText';

const t = i18next.t.bind(i18next);

/** The plain words for each problem the model finds in `message`, by path. */
const plain = (message: unknown): Record<string, string | null> =>
  Object.fromEntries(validateMessage(message).map((item) => [item.path, plainIssueText(t, item)]));

const card = (elements: unknown[], header: unknown = { title: { content: 'Notice' } }) => ({
  msg_type: 'interactive',
  content: { header, elements },
});

beforeAll(async () => {
  await i18next.loadNamespaces('places');
});
afterAll(async () => {
  await i18next.changeLanguage('en');
});

describe('plainIssueText', () => {
  it('says a wrong type, a missing value and an unknown message type in plain English', async () => {
    await i18next.changeLanguage('en');
    expect(plain({ msg_type: 'text', content: { text: 5 } })).toEqual({
      '/content/text': 'Should be text, not a number.',
    });
    expect(plain(card([{ tag: 'markdown' }], { title: 7 }))).toMatchObject({
      '/content/header/title': 'Should be a group of fields in { }, not a number.',
      '/content/elements/0/content': 'Missing: it must be given.',
    });
    expect(plain({ msg_type: 'photo', content: {} })).toEqual({
      '/msg_type':
        '“photo” is not a type of message. Allowed: text, markdown, rich_text, interactive, article.',
    });
  });

  it('leaves the rest to the model’s words', async () => {
    await i18next.changeLanguage('en');
    // A value out of its range: its figures are only in the model's English detail.
    const heading = { msg_type: 'rich_text', content: [{ type: 'heading', attrs: { level: 9 } }] };
    expect(plain(heading)).toEqual({ '/content/0/attrs/level': null });
    // A type the words do not cover ("an object with a title and a body").
    const article = issue('error', '/articles', 'invalid-type', 'articles must be …', {
      field: 'articles',
      expected: 'an object with a title and a body',
      actual: 'array',
    });
    expect(plainIssueText(t, article)).toBeNull();
    // A sentence the server wrote, without figures.
    expect(
      plainIssueText(t, issue('error', '/sender', 'invalid-type', 'sender must be text')),
    ).toBeNull();
    expect(plainIssueText(t, issue('error', '', 'card-empty', 'The card has no elements'))).toBe(
      null,
    );
  });

  it('says it in Chinese, with no space around the words it puts in', async () => {
    await i18next.changeLanguage('zh');
    await i18next.loadNamespaces('places');
    expect(plain({ msg_type: 'text', content: { text: 5 } })).toEqual({
      '/content/text': '应为文本，而不是数字。',
    });
    expect(plain(card([{ tag: 'markdown', content: ['a'] }]))).toEqual({
      '/content/elements/0/content': '应为文本，而不是列表（[ ]）。',
    });
    expect(plain(card([{ tag: 'markdown' }]))).toMatchObject({
      '/content/elements/0/content': '缺少此项：必须填写。',
    });
  });
});
