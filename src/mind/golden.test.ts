import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { detectImport } from './detectImport';
import { encodeRequest } from './encodeRequest';
import type { MindIssue } from './issues';
import { seedJson, seedText } from './testing/seed';

const brief = (issues: MindIssue[]) =>
  issues.map(({ path, severity, code }) => ({ path, severity, code }));

describe('golden: the seed requests', () => {
  const cases: { file: string; msgType: string; issues: ReturnType<typeof brief> }[] = [
    { file: 'text.request.json', msgType: 'text', issues: [] },
    { file: 'markdown.request.json', msgType: 'markdown', issues: [] },
    {
      file: 'interactive-notice.request.json',
      msgType: 'interactive',
      issues: [
        { path: '/content/elements/1/action/0/url', severity: 'error', code: 'button-url-invalid' },
      ],
    },
  ];

  for (const { file, msgType, issues } of cases) {
    it(`${file} decodes with the expected issues and re-encodes byte-identically`, () => {
      const wire = seedJson(file);
      const result = decodeRequest(wire);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.message.msg_type).toBe(msgType);
      expect(typeof result.message.content).toBe('object');
      expect(brief(result.issues)).toEqual(issues);
      expect(JSON.stringify(encodeRequest(result.message))).toBe(JSON.stringify(wire));
      expect(JSON.stringify(encodeRequest(result.message), null, 2)).toBe(seedText(file));
    });
  }

  it('the notice request’s content is the notice card', () => {
    const result = decodeRequest(seedJson('interactive-notice.request.json'));
    expect(result.ok && result.message.content).toEqual(seedJson('interactive-notice.card.json'));
  });
});

describe('golden: the seed contents', () => {
  it('interactive.card.json imports as a card with no issues and keeps its key order', () => {
    const text = seedText('interactive.card.json');
    const result = detectImport(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.kind).toBe('card');
    expect(result.message.msg_type).toBe('interactive');
    expect(result.issues).toEqual([]);
    expect(JSON.stringify(result.message.content, null, 2)).toBe(text);
  });

  it('interactive-notice.card.json imports with the invalid URL as its only error', () => {
    const result = detectImport(seedText('interactive-notice.card.json'));
    expect(result.ok && brief(result.issues)).toEqual([
      { path: '/content/elements/1/action/0/url', severity: 'error', code: 'button-url-invalid' },
    ]);
  });

  it('rich_text.content.json imports as rich text with no issues, unchanged', () => {
    const text = seedText('rich_text.content.json');
    const result = detectImport(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.kind).toBe('rich-text');
    expect(result.message.msg_type).toBe('rich_text');
    expect(result.issues).toEqual([]);
    expect(JSON.stringify(result.message.content, null, 2)).toBe(text);
  });

  it('the rich_text example as a request round-trips byte-identically', () => {
    const wire = {
      receive_id: 'ou_6a5905698688e15e8f9b63c1043d1ee9',
      receive_type: 1,
      msg_type: 'rich_text',
      content: JSON.stringify(seedJson('rich_text.content.json')),
    };
    const result = decodeRequest(wire);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.issues).toEqual([]);
    expect(JSON.stringify(encodeRequest(result.message))).toBe(JSON.stringify(wire));
  });

  it('the original document’s interactive example, whose content is not a string, is refused', () => {
    const wire = {
      receive_id: 'oc_1',
      receive_type: 1,
      msg_type: 'interactive',
      content: seedJson('interactive.card.json'),
    };
    const result = decodeRequest(wire);
    expect(result.ok).toBe(false);
    expect(brief(result.issues)).toEqual([
      { path: '/content', severity: 'error', code: 'invalid-type' },
    ]);
  });
});
