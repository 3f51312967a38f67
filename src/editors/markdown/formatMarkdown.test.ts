import { describe, expect, it } from 'vitest';
import { clampStyle, formatMarkdown } from './formatMarkdown';

const at = (start: number, end = start) => ({ start, end });

describe('formatMarkdown', () => {
  it('wraps the selection in bold and keeps it selected', () => {
    expect(formatMarkdown('say hello now', at(4, 9), { kind: 'bold' }, 'x')).toEqual({
      text: 'say **hello** now',
      selection: at(6, 11),
    });
  });

  it('inserts a selected placeholder when nothing is selected', () => {
    expect(formatMarkdown('ab', at(1), { kind: 'italic' }, 'text')).toEqual({
      text: 'a*text*b',
      selection: at(2, 6),
    });
  });

  it('leaves spaces at the edges of the selection outside', () => {
    expect(formatMarkdown('a word b', at(1, 7), { kind: 'bold' }, 'x').text).toBe('a **word** b');
  });

  it('unwraps bold, italic and small text already applied', () => {
    expect(formatMarkdown('**hi**', at(2, 4), { kind: 'bold' }, 'x')).toEqual({
      text: 'hi',
      selection: at(0, 2),
    });
    expect(formatMarkdown('*hi*', at(1, 3), { kind: 'italic' }, 'x').text).toBe('hi');
    expect(formatMarkdown('***hi***', at(3, 5), { kind: 'italic' }, 'x').text).toBe('**hi**');
    expect(formatMarkdown('<small>hi</small>', at(7, 9), { kind: 'small' }, 'x').text).toBe('hi');
  });

  it('does not mistake bold for italic', () => {
    expect(formatMarkdown('**hi**', at(2, 4), { kind: 'italic' }, 'x').text).toBe('***hi***');
  });

  it('writes links, font colours and small text in Mind dialect', () => {
    expect(
      formatMarkdown('see docs', at(4, 8), { kind: 'link', href: 'https://a.example/' }, 'x').text,
    ).toBe('see [docs](https://a.example/)');
    expect(formatMarkdown('red', at(0, 3), { kind: 'color', color: '#F54A45' }, 'x').text).toBe(
      '<font color="#F54A45">red</font>',
    );
    expect(formatMarkdown('tiny', at(0, 4), { kind: 'small' }, 'x').text).toBe(
      '<small>tiny</small>',
    );
  });

  it('clamps with the style of Mind’s own example', () => {
    expect(formatMarkdown('long', at(0, 4), { kind: 'clamp', lines: 6 }, 'x').text).toBe(
      '<content style="-webkit-box-orient: vertical;-webkit-line-clamp: 6;display: -webkit-box;overflow: hidden;text-overflow: ellipsis;">long</content>',
    );
    expect(clampStyle(2)).toContain('-webkit-line-clamp: 2;');
  });

  it('tolerates a reversed or out-of-range selection', () => {
    expect(formatMarkdown('ab', at(9, 0), { kind: 'bold' }, 'x').text).toBe('**ab**');
  });
});
