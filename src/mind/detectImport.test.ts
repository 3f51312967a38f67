import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectImport } from './detectImport';
import { seedText } from './testing/seed';

describe('detectImport', () => {
  it('recognises a whole request body', () => {
    const result = detectImport(seedText('markdown.request.json'));
    expect(result.ok && [result.kind, result.message.msg_type, result.message.receive_id]).toEqual([
      'request',
      'markdown',
      'ou_6a5905698688e15e8f9b63c1043d1ee9',
    ]);
  });

  it('recognises a content string (a JSON string holding the content)', () => {
    const content = JSON.parse(seedText('interactive-notice.request.json')).content as string;
    const result = detectImport(JSON.stringify(content));
    expect(result.ok && [result.kind, result.message.msg_type]).toEqual([
      'content-string',
      'interactive',
    ]);
  });

  it('recognises a card, a rich_text array and a TipTap document', () => {
    expect(detectImport(seedText('interactive.card.json'))).toMatchObject({
      ok: true,
      kind: 'card',
    });
    expect(detectImport(seedText('rich_text.content.json'))).toMatchObject({
      ok: true,
      kind: 'rich-text',
    });
    const doc = { type: 'doc', content: JSON.parse(seedText('rich_text.content.json')) as unknown };
    const result = detectImport(JSON.stringify(doc));
    expect(result.ok && [result.kind, result.message.msg_type]).toEqual([
      'tiptap-doc',
      'rich_text',
    ]);
  });

  it('recognises an article on its own ({title, body}), and its JSON string', () => {
    const request = JSON.parse(
      readFileSync('fixtures/channels/subscribers.article.request.json', 'utf8'),
    ) as { articles: string };
    const string = detectImport(JSON.stringify(request.articles));
    expect(string.ok && [string.kind, string.message.msg_type]).toEqual([
      'content-string',
      'article',
    ]);
    const object = detectImport(request.articles);
    expect(object.ok && [object.kind, object.message.msg_type, object.issues]).toEqual([
      'article',
      'article',
      [],
    ]);
    expect(
      object.ok && object.message.msg_type === 'article' && object.message.articles.title,
    ).toBe('2026 年度员工福利说明');
    // The least an article is: a title and a body; limits and shapes are checked as anywhere.
    const short = detectImport(
      JSON.stringify({ title: 'x'.repeat(65), body: { content: 'Hi', format: 'text' } }),
    );
    expect(short.ok && short.issues.map((item) => [item.code, item.path])).toEqual([
      ['article-title-too-long', '/articles/title'],
    ]);
    const broken = detectImport('{"title":"T","body":"just text"}');
    expect(broken).toMatchObject({ ok: false, kind: 'article' });
  });

  it('opens {"text": …} as text or markdown and says it guessed', () => {
    const plain = detectImport('{"text":"hello there"}');
    expect(plain.ok && [plain.message.msg_type, plain.issues[0]?.code]).toEqual([
      'text',
      'import-type-guessed',
    ]);
    const markdown = detectImport('{"text":"### title\\n**bold**"}');
    expect(markdown.ok && markdown.message.msg_type).toBe('markdown');
  });

  it('keeps unknown fields and tells about them as warnings', () => {
    const result = detectImport(
      '{"header":{"title":{"content":"T"},"template":"orange","x":1},"elements":[{"tag":"note","y":2}],"z":3}',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.message.content)).toBe(
      '{"header":{"title":{"content":"T"},"template":"orange","x":1},"elements":[{"tag":"note","y":2}],"z":3}',
    );
    expect(result.issues.map((item) => item.code)).toEqual([
      'unknown-header-template',
      'unknown-element',
    ]);
  });

  it('refuses what it cannot use, saying where and what', () => {
    const cases: [string, string, string][] = [
      ['', 'import-empty', ''],
      ['{"header":', 'not-json', ''],
      ['42', 'import-unrecognised', ''],
      ['{"foo":1}', 'import-unrecognised', ''],
      ['"not json inside"', 'not-json', ''],
      ['{"msg_type":"video","content":"{}"}', 'unknown-msg-type', '/msg_type'],
      ['{"msg_type":"text","content":"{oops"}', 'content-not-json', '/content'],
      ['{"msg_type":"rich_text","content":"{}"}', 'invalid-type', '/content'],
      ['[{"type":"paragraph","content":"x"}]', 'invalid-type', '/content/0/content'],
      ['{"elements":"nope"}', 'invalid-type', '/content/elements'],
    ];
    for (const [text, code, path] of cases) {
      const result = detectImport(text);
      expect(result.ok, text).toBe(false);
      expect(
        result.issues.find((item) => item.severity === 'error'),
        text,
      ).toMatchObject({ code, path });
    }
  });

  it('names the line and column of a JSON syntax error', () => {
    const result = detectImport('{\n  "header": {\n    "title": }\n}');
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toMatch(/line 3 column \d+/);
  });
});
