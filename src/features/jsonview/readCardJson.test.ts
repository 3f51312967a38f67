import { describe, expect, it } from 'vitest';
import seedCard from '../../../fixtures/seed/interactive.card.json';
import { locatePointer } from './locatePointer';
import { readCardJson } from './readCardJson';

const text = JSON.stringify(seedCard, null, 2);

describe('locatePointer', () => {
  it('finds an element’s range in the text', () => {
    const range = locatePointer(text, '/elements/1');
    expect(range && JSON.parse(text.slice(range.from, range.to))).toEqual(seedCard.elements[1]);
  });

  it('falls back to the nearest existing ancestor, and handles escaped keys', () => {
    const range = locatePointer(text, '/header/title/missing');
    expect(range && JSON.parse(text.slice(range.from, range.to))).toEqual(seedCard.header.title);
    const odd = '{"a/b": {"~": 1}}';
    const found = locatePointer(odd, '/a~1b/~0');
    expect(found && odd.slice(found.from, found.to)).toBe('1');
    expect(locatePointer('', '/x')).toBeNull();
  });
});

describe('readCardJson', () => {
  it('reads a card, keeping it exactly', () => {
    const result = readCardJson(text);
    expect(result.kind === 'card' && JSON.stringify(result.card)).toBe(JSON.stringify(seedCard));
  });

  it('locates a syntax error by line and column', () => {
    const broken = text.replace('"tag": "markdown",', '"tag": "markdown"');
    const result = readCardJson(broken);
    expect(result.kind).toBe('syntax');
    if (result.kind !== 'syntax') return;
    expect(result.detail).toBe('Expected a comma');
    const lines = broken.split('\n');
    const lineText = lines[result.line - 1] ?? '';
    expect(lineText.trim()).toBe('"content": "**总结性分析总览**\\n"');
    expect(broken.slice(result.range.from, result.range.to)).toBe('"');
    expect(result.column).toBe(lineText.indexOf('"') + 1);
  });

  it('refuses JSON that is not a card the designer can hold, saying where', () => {
    const result = readCardJson('{\n  "elements": 5\n}');
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.issues[0]?.path).toBe('/elements');
    expect(result.issues[0]?.range).toEqual({ from: 16, to: 17 });
    expect(readCardJson('[1]').kind).toBe('invalid');
  });

  it('applies a card with only warnings (an empty title, an unknown element)', () => {
    expect(readCardJson('{"elements":[{"tag":"hr"}]}').kind).toBe('card');
  });
});
