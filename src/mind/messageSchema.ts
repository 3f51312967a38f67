import * as z from 'zod/mini';
import {
  buttonSchema,
  cardSchema,
  elementSchema,
  markSchema,
  nodeSchema,
  textContentSchema,
  wireRequestSchema,
} from './schemas';

const optionalString = z.optional(z.string());
/** The recipients' fields of a request, beside its type and content. */
const { content: _content, msg_type: _msgType, ...requestFields } = wireRequestSchema.shape;

/*
 * The decoded message with its children typed, which `MindMessage` (types.ts) is the type of.
 * The app imports this module for its types only (nothing here reaches the browser); the
 * validator checks each object's own fields with the schemas in schemas.ts and walks the
 * children itself, so that each problem is located where it is.
 */

/**
 * A rich_text node with its children typed, which `RichTextNode` is the type of. The validator
 * checks a node's own fields with `nodeSchema` (children `unknown`) and walks the children
 * itself, so that each problem is located at its node.
 */
export const richTextNodeSchema = z.looseObject({
  type: nodeSchema.shape.type,
  attrs: nodeSchema.shape.attrs,
  get content() {
    return z.optional(z.array(richTextNodeSchema));
  },
  marks: z.optional(z.array(markSchema)),
  text: nodeSchema.shape.text,
});

/** A card with its elements typed (the validator walks them: `cardSchema`, `elementSchemas`). */
export const typedCardSchema = z.looseObject({
  ...cardSchema.shape,
  elements: z.optional(z.array(elementSchema)),
});

/** An `action` element with its buttons typed; an action the model does not know is kept. */
export const typedActionSchema = z.looseObject({
  tag: z.literal('action'),
  action: z.array(z.union([buttonSchema, elementSchema])),
});

/** An article's fields (`articles`, JSON-encoded on the wire); unknown fields are kept. */
export const articleSchema = z.looseObject({
  title: z.string(),
  abstract: optionalString,
  /** Absent: the platform picks a cover. */
  thumb_url: optionalString,
  body: z.looseObject({ content: z.string(), format: z.string() }),
  /** Absent: true. */
  enable_forward: z.optional(z.boolean()),
});

/**
 * A decoded request: the wire body with `content` parsed (an article: `articles`), its keys in
 * the wire's order. `msg_type` may be absent, as on the wire, where Mind reads it as `text`.
 */
export const messageSchema = z.union([
  z.looseObject({
    ...requestFields,
    msg_type: z.optional(z.literal('text')),
    content: textContentSchema,
  }),
  z.looseObject({ ...requestFields, msg_type: z.literal('markdown'), content: textContentSchema }),
  z.looseObject({
    ...requestFields,
    msg_type: z.literal('rich_text'),
    content: z.array(richTextNodeSchema),
  }),
  z.looseObject({ ...requestFields, msg_type: z.literal('interactive'), content: typedCardSchema }),
  /** `send_article_message`: the article is in `articles`, not `content`. */
  z.looseObject({ ...requestFields, msg_type: z.literal('article'), articles: articleSchema }),
]);
