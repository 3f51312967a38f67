import * as z from 'zod/mini';
import { lazySchema } from './lazySchema';
import { boldMarkSchema, linkMarkSchema, nodeSchemas } from './schemas';

/*
 * What the rich text editor can hold exactly: Mind's node and mark schemas (schemas.ts) made
 * strict. No field beside the spec's, children only where there are some, and attributes as
 * `fromTiptapDoc` writes them back: a heading's id and a mention's label a string or absent,
 * an image's alt and title present (a string or null), a link exactly Mind's. `toTiptapDoc`
 * keeps whatever does not fit locked, as it is.
 */

const children = lazySchema(() => z.array(z.unknown()).check(z.minLength(1)));
const someChildren = lazySchema(() => z.optional(children));
const nullableString = lazySchema(() => z.nullable(z.string()));

const paragraph = lazySchema(() =>
  z.strictObject({
    type: nodeSchemas.paragraph.shape.type,
    content: someChildren,
  }),
);

const heading = lazySchema(() =>
  z.strictObject({
    type: nodeSchemas.heading.shape.type,
    attrs: z.strictObject({
      level: nodeSchemas.heading.shape.attrs.shape.level,
      id: z.optional(z.string()),
    }),
    content: someChildren,
  }),
);

const bulletList = lazySchema(() =>
  z.strictObject({ type: nodeSchemas.bulletList.shape.type, content: children }),
);

const orderedList = lazySchema(() =>
  z.strictObject({
    type: nodeSchemas.orderedList.shape.type,
    attrs: z.optional(z.strictObject({ start: z.number().check(z.refine(Number.isInteger)) })),
    content: children,
  }),
);

const image = lazySchema(() =>
  z.strictObject({
    type: nodeSchemas.image.shape.type,
    attrs: z.strictObject({
      src: nodeSchemas.image.shape.attrs.shape.src,
      alt: nullableString,
      title: nullableString,
    }),
  }),
);

/** A list item of the editor opens with an editable paragraph. */
export const editableListItemSchema = lazySchema(() =>
  z.strictObject({
    type: nodeSchemas.listItem.shape.type,
    content: children.check(z.refine(([first]) => paragraph.safeParse(first).success)),
  }),
);

/** A block the editor holds as its own node. */
export const editableBlockSchema = lazySchema(() =>
  z.union([paragraph, heading, bulletList, orderedList, image]),
);

/** An inline node the editor holds as its own node; its marks are checked one by one. */
export const editableInlineSchema = lazySchema(() =>
  z.union([
    z.strictObject({
      type: nodeSchemas.text.shape.type,
      marks: someChildren,
      text: z.string().check(z.minLength(1)),
    }),
    z.strictObject({
      type: nodeSchemas.mention.shape.type,
      attrs: z.strictObject({ id: z.string(), label: z.optional(z.string()) }),
    }),
    z.strictObject({
      type: nodeSchemas.emoji.shape.type,
      attrs: z.strictObject(nodeSchemas.emoji.shape.attrs.shape),
    }),
  ]),
);

/** Link attributes as Mind writes them, and as the editor writes them back. */
export const LINK_ATTRS = { target: '_blank', class: 'me-link' } as const;

/** A mark the editor offers: bold, or a link exactly as Mind writes it. */
export const editableMarkSchema = lazySchema(() =>
  z.union([
    z.strictObject(boldMarkSchema.shape),
    z.strictObject({
      type: linkMarkSchema.shape.type,
      attrs: z.strictObject({
        href: linkMarkSchema.shape.attrs.shape.href,
        target: z.literal(LINK_ATTRS.target),
        class: z.literal(LINK_ATTRS.class),
      }),
    }),
  ]),
);
