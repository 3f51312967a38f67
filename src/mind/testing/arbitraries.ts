import fc from 'fast-check';
import { BUTTON_ACTION_PLATFORMS, BUTTON_TEMPLATES, HEADER_TEMPLATES } from '../constants';

/** Keys the model does not know, to prove they survive. */
const unknownKey = fc.constantFrom(
  'x_extra',
  'i18n',
  'note',
  'version',
  'ext',
  'width',
  '1',
  '__proto__',
);

/** An object with a few unknown fields mixed in, before or after the known ones. */
function withExtras<T extends Record<string, unknown>>(
  known: fc.Arbitrary<T>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      known,
      fc.array(fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })), { maxLength: 2 }),
      fc.boolean(),
    )
    .map(([fields, extras, extrasFirst]) => {
      const known = Object.entries(fields).filter(([, value]) => value !== undefined);
      const extra = extras.filter(([key]) => !Object.hasOwn(fields, key));
      return Object.fromEntries(extrasFirst ? [...extra, ...known] : [...known, ...extra]);
    });
}

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '');
const url = fc
  .webUrl({ validSchemes: ['http', 'https'] })
  .filter((value) => value === value.trim());

const marks = fc.array(
  fc.oneof(
    fc.constant({ type: 'bold' }),
    url.map((href) => ({ type: 'link', attrs: { href, target: '_blank', class: 'me-link' } })),
  ),
  { maxLength: 2 },
);

const inline = fc.oneof(
  fc.record({ type: fc.constant('text'), text, marks }, { requiredKeys: ['type', 'text'] }),
  fc.record({
    type: fc.constant('mention'),
    attrs: fc.record({ id: text.map((id) => `ou_${id}`), label: text }),
  }),
  fc.record({
    type: fc.constant('emoji'),
    attrs: fc.record({ alt: text, src: fc.constant('/images/emoji_applaud.png') }),
  }),
);

const paragraph = fc.record({
  type: fc.constant('paragraph'),
  content: fc.array(inline, { maxLength: 4 }),
});
const heading = fc.record({
  type: fc.constant('heading'),
  attrs: fc.record({
    level: fc.integer({ min: 1, max: 6 }),
    id: fc.string({ minLength: 5, maxLength: 5 }),
  }),
  content: fc.array(inline, { maxLength: 3 }),
});
const image = fc.record({
  type: fc.constant('image'),
  attrs: fc.record({
    src: url,
    alt: fc.option(text, { nil: null }),
    title: fc.option(text, { nil: null }),
  }),
});

const { block } = fc.letrec<{ block: Record<string, unknown>; list: Record<string, unknown> }>(
  (tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      paragraph,
      heading,
      image,
      tie('list'),
    ),
    list: fc.oneof(
      fc.record({
        type: fc.constant('bulletList'),
        content: fc.array(
          fc.record({
            type: fc.constant('listItem'),
            content: fc.array(tie('block'), { minLength: 1, maxLength: 2 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
      }),
      fc.record({
        type: fc.constant('orderedList'),
        attrs: fc.record({ start: fc.integer({ min: 1, max: 20 }) }),
        content: fc.array(
          fc.record({
            type: fc.constant('listItem'),
            content: fc.array(tie('block'), { minLength: 1, maxLength: 2 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
      }),
    ),
  }),
);

interface NodeLike {
  type?: unknown;
  text?: unknown;
  content?: unknown;
}

/** Something a reader sees: non-blank text, or any node but an empty paragraph or a break. */
const isReadable = (node: NodeLike): boolean =>
  node.type === 'text'
    ? typeof node.text === 'string' && node.text.trim() !== ''
    : node.type !== 'paragraph' && node.type !== 'hardBreak'
      ? true
      : Array.isArray(node.content) && (node.content as NodeLike[]).some(isReadable);

/** A valid rich_text array: Mind refuses one that is only blank paragraphs. */
export const richTextArbitrary = fc
  .array(block, { minLength: 1, maxLength: 5 })
  .filter((nodes) => (nodes as NodeLike[]).some(isReadable));

const button = fc.oneof(
  withExtras(
    fc.record({
      tag: fc.constant('button'),
      text: fc.record({ content: text, tag: fc.constant('plain_text') }),
      type: fc.constant('view'),
      template: fc.constantFrom(...BUTTON_TEMPLATES),
      url,
      action_platform: fc.option(fc.constantFrom(...BUTTON_ACTION_PLATFORMS), { nil: undefined }),
    }),
  ),
  withExtras(
    fc.record({
      tag: fc.constant('button'),
      text: fc.record({ content: text, tag: fc.constant('plain_text') }),
      type: fc.constant('click'),
      template: fc.constantFrom(...BUTTON_TEMPLATES),
      event: text,
      value: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: 3,
      }),
    }),
  ),
);

const element = fc.oneof(
  withExtras(fc.record({ tag: fc.constant('markdown'), content: text })),
  withExtras(fc.record({ tag: fc.constant('rich_text'), content: richTextArbitrary })),
  withExtras(
    fc.record({
      tag: fc.constant('action'),
      action: fc.array(button, { minLength: 1, maxLength: 3 }),
    }),
  ),
);

/** A valid interactive card, with unknown fields sprinkled in. */
export const cardArbitrary = withExtras(
  fc.record({
    config: withExtras(
      fc.record({
        enable_forward: fc.boolean(),
        is_share_card: fc.boolean(),
        data_visualization_mode: fc.boolean(),
        enable_forward_external: fc.option(fc.boolean(), { nil: undefined }),
        business_type: fc.option(text, { nil: undefined }),
      }),
    ),
    header: withExtras(
      fc.record({
        template: fc.constantFrom(...HEADER_TEMPLATES),
        title: withExtras(fc.record({ content: text })),
      }),
    ),
    elements: fc.array(element, { minLength: 1, maxLength: 5 }),
  }),
);

/** A wire request around a content, in a random key order, with random recipients. */
export function wireArbitrary(msgType: string, content: fc.Arbitrary<unknown>) {
  return fc
    .tuple(
      content,
      fc.option(
        fc.uniqueArray(
          text.map((id) => `ou_${id}`),
          { minLength: 1, maxLength: 3 },
        ),
        { nil: undefined },
      ),
      fc.boolean(),
    )
    .chain(([body, receiveIds, withType]) => {
      const entries: [string, unknown][] = [
        ['msg_type', msgType],
        ['content', JSON.stringify(body)],
        ...(receiveIds
          ? [['receive_ids', receiveIds] as [string, unknown]]
          : [['receive_id', 'ou_1'] as [string, unknown]]),
        ...(withType ? [['receive_type', 1] as [string, unknown]] : []),
      ];
      return fc
        .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
        .map((order) => Object.fromEntries(order));
    });
}
