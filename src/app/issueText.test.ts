import './i18n';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { detectImport, type MindIssue } from '../mind';
import { issueText } from './issueText';

/** The one issue of importing `text` (it must fail). */
function importIssue(text: string): MindIssue {
  const result = detectImport(text);
  if (result.ok) throw new Error('imported');
  const [first] = result.issues;
  if (!first) throw new Error('no issue');
  return first;
}

afterAll(() => i18next.changeLanguage('en'));

describe('issueText', () => {
  const trailingComma = '{"elements": [\n  {"tag": "markdown", "content": "x"},]}';

  it('says a JSON syntax error with its line and column, in English as parseJson does', async () => {
    await i18next.changeLanguage('en');
    expect(issueText(i18next.t.bind(i18next), importIssue(trailingComma))).toBe(
      'This is not valid JSON: Expected a value at line 2 column 39',
    );
  });

  it('says it in Chinese too, not with the English detail', async () => {
    await i18next.changeLanguage('zh');
    expect(issueText(i18next.t.bind(i18next), importIssue(trailingComma))).toBe(
      '这不是合法的 JSON：第 2 行第 39 列：此处缺少一个值',
    );
    expect(issueText(i18next.t.bind(i18next), importIssue('{"a": "tab\there"}'))).toBe(
      '这不是合法的 JSON：第 1 行第 11 列：字符串中含有非法字符',
    );
    // A JSON string holding JSON (a content string) with an error in it: the same.
    expect(issueText(i18next.t.bind(i18next), importIssue('"{\\"a\\": }"'))).toBe(
      '这不是合法的 JSON：第 1 行第 7 列：此处缺少一个值',
    );
  });

  it('keeps an issue without a place as it was', async () => {
    await i18next.changeLanguage('zh');
    const issue: MindIssue = {
      path: '',
      severity: 'error',
      code: 'not-json',
      message: 'This is not valid JSON: odd',
      params: { detail: 'odd' },
    };
    expect(issueText(i18next.t.bind(i18next), issue)).toBe('这不是合法的 JSON：odd');
  });
});
