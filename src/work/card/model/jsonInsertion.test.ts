import { describe, expect, it } from 'vitest';
import { jsonInsertion } from './jsonInsertion';

describe('jsonInsertion', () => {
  const insert = (text: string, placeholder = '{{name}}') => {
    const at = text.indexOf('|');
    const plain = text.replace('|', '');
    return `${plain.slice(0, at)}${jsonInsertion(plain, at, placeholder)}${plain.slice(at)}`;
  };

  it('inside a string: the placeholder as is; outside: a JSON string of it', () => {
    expect(insert('{"who": "|"}')).toBe('{"who": "{{name}}"}');
    expect(insert('{"who": "Dear |!"}')).toBe('{"who": "Dear {{name}}!"}');
    expect(insert('{"who": |}')).toBe('{"who": "{{name}}"}');
    expect(insert('|')).toBe('"{{name}}"');
    expect(insert('["a", |]')).toBe('["a", "{{name}}"]');
  });

  it('escaped quotes and backslashes do not end a string', () => {
    expect(insert('{"a": "say \\"|"}')).toBe('{"a": "say \\"{{name}}"}');
    expect(insert('{"a": "c:\\\\", "b": |}')).toBe('{"a": "c:\\\\", "b": "{{name}}"}');
  });

  it('the result parses, with the field in a string', () => {
    for (const text of ['{"k": |}', '{"k": "x|y"}', '[|]', '{"card": "$card_id", "k": "|"}'])
      expect(() => JSON.parse(insert(text, '{{due date}}'))).not.toThrow();
  });
});
