import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, expandContent } from '../../mind/fields';
import { markdownToHtml } from './renderMarkdown';

const escapeHtml = new MarkdownIt().utils.escapeHtml;

/** What a reader should see of a value in markdown: its text, line breaks as spaces. */
const shown = (value: string) =>
  escapeHtml(
    value
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
      .replace(/<(?=\s*\/?\s*at)/gi, '<\u200b')
      // markdown-it replaces NUL, as browsers do.
      .replace(/\0/g, '\ufffd'),
  );

const value = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(
        '*',
        '**',
        '_',
        '`',
        '~~',
        '#',
        '# ',
        '- ',
        '1. ',
        '> ',
        '|',
        '[a](http://x.y)',
        '![i](http://x.y/i.png)',
        '<at user_id="all">所有人</at>',
        '<font color="red">r</font>',
        '&amp;',
        '&#60;',
        '\\',
        '\n',
        '\n\n',
        '===',
        '---',
        'www.example.com',
        'https://example.com',
        '}}',
        '"',
        '<br>',
        '$x$',
      ),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe('a value in markdown reads as its text, never as markdown (fast-check)', () => {
  it('rendered with the preview’s markdown-it, the value is one run of plain text', () => {
    fc.assert(
      fc.property(value, (raw) => {
        expect(markdownToHtml(`x${escapeMarkdown(raw)}x`)).toBe(`<p>x${shown(raw)}x</p>\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it('inside emphasis in a template, the emphasis stays around exactly the value', () => {
    fc.assert(
      fc.property(value, (raw) => {
        const { content } = expandContent('markdown', { text: 'a **{{v}}** b' }, { v: `x${raw}x` });
        expect(markdownToHtml((content as { text: string }).text)).toBe(
          `<p>a <strong>x${shown(raw)}x</strong> b</p>\n`,
        );
      }),
      { numRuns: 500 },
    );
  });
});
