import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { encodeRequest } from './encodeRequest';
import { stringifyJson } from './exactJson';
import { expandContent, fieldIssues, usedFields } from './fields';
import { validateContent } from './validateMessage';
import { cardArbitrary, richTextArbitrary } from './testing/arbitraries';

/** Values meant to break things: braces, quotes, line breaks, mentions, schemes, any Unicode. */
export const hostileValue = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom(
        '}}',
        '{{',
        '{{a}}',
        '\\{{',
        '"',
        "'",
        '\\',
        '\n',
        '\r\n',
        '\u2028',
        '<at user_id="all">所有人</at>',
        '</at>',
        'javascript:alert(1)',
        '**',
        '# ',
        '[x](javascript:y)',
        '&amp;',
        '$card_id',
        '<font color="red">',
      ),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const values = fc.record({ a: hostileValue, b: hostileValue });
/** Values that are not blank: a blank one is a missing value, handled before expansion. */
const filled = values.filter(({ a, b }) => a.trim() !== '' && b.trim() !== '');

type Json = Record<string, unknown>;

/** Adds placeholders to every place a card may hold them. */
function withFields(card: Json): Json {
  const header = card.header as Json;
  const title = header.title as Json;
  return {
    ...card,
    header: { ...header, title: { ...title, content: `${String(title.content)} {{a}}` } },
    elements: (card.elements as Json[]).map((element) => {
      if (element.tag === 'markdown')
        return { ...element, content: `${String(element.content)} **{{a}}** {{b}}` };
      if (element.tag === 'rich_text')
        return { ...element, content: richWithFields(element.content as Json[]) };
      if (element.tag === 'action')
        return {
          ...element,
          action: (element.action as Json[]).map((button) => ({
            ...button,
            text: {
              ...(button.text as Json),
              content: `${String((button.text as Json).content)} {{b}}`,
            },
            ...(typeof button.url === 'string' ? { url: `${button.url}#{{a}}` } : {}),
            ...(button.value !== undefined
              ? { value: { ...(button.value as Json), f: '{{a}}' } }
              : {}),
          })),
        };
      return element;
    }),
  };
}

function richWithFields(nodes: Json[]): Json[] {
  return nodes.map((node) => {
    let next: Json = node;
    if (node.type === 'text') next = { ...next, text: `${String(node.text)}{{a}}` };
    if (Array.isArray(node.marks))
      next = {
        ...next,
        marks: (node.marks as Json[]).map((mark) =>
          mark.type === 'link'
            ? {
                ...mark,
                attrs: {
                  ...(mark.attrs as Json),
                  href: `${String((mark.attrs as Json).href)}?q={{b}}`,
                },
              }
            : mark,
        ),
      };
    if (Array.isArray(node.content))
      next = { ...next, content: richWithFields(node.content as Json[]) };
    return next;
  });
}

const noBraces = (value: unknown) => !JSON.stringify(value).includes('{{');
const errors = (msgType: string, content: unknown) =>
  validateContent(msgType, content, '/content', 'subscribers').filter(
    (item) => item.severity === 'error',
  );

/** Expands, then checks the result is valid, has no placeholder left, and survives the wire. */
function checkExpansion(msgType: string, template: unknown, given: { a: string; b: string }) {
  expect(fieldIssues(msgType, template, '/content', ['a', 'b'])).toEqual([]);
  const { content, problems, missing } = expandContent(msgType, template, given);
  expect(problems).toEqual([]);
  expect(missing).toEqual([]);
  expect(errors(msgType, content)).toEqual([]);
  const wire = encodeRequest({ msg_type: msgType, receive_id: 'ou_1', content } as never);
  const decoded = decodeRequest(JSON.parse(JSON.stringify(wire)) as unknown);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
  expect(stringifyJson((decoded.message as { content: unknown }).content)).toBe(
    stringifyJson(content),
  );
}

describe('expansion never produces invalid content (fast-check)', { timeout: 60_000 }, () => {
  it('cards: fields everywhere, hostile values', () => {
    fc.assert(
      fc.property(cardArbitrary.filter(noBraces), filled, (card, given) => {
        checkExpansion('interactive', withFields(card), given);
      }),
      { numRuns: 300 },
    );
  });

  it('rich text: text nodes and link hrefs', () => {
    fc.assert(
      fc.property(richTextArbitrary.filter(noBraces), filled, (doc, given) => {
        checkExpansion('rich_text', richWithFields(doc as Json[]), given);
      }),
      { numRuns: 300 },
    );
  });

  it('text and markdown: never a mention, never empty', () => {
    const base = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((text) => text.trim() !== '' && noBraces(text) && !/[<\\]/.test(text));
    fc.assert(
      fc.property(base, fc.constantFrom('text', 'markdown'), filled, (text, msgType, given) => {
        checkExpansion(msgType, { text: `${text} {{a}} {{b}}` }, given);
      }),
      { numRuns: 500 },
    );
  });

  it('content without placeholders comes back as it was', () => {
    fc.assert(
      fc.property(cardArbitrary.filter(noBraces), values, (card, given) => {
        expect(usedFields('interactive', card)).toEqual([]);
        expect(expandContent('interactive', card, given).content).toBe(card);
      }),
      { numRuns: 200 },
    );
  });
});
