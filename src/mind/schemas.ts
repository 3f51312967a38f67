import * as z from 'zod/mini';
import { lazySchema } from './lazySchema';

/*
 * Shapes of the Mind wire format, in zod/mini (a tenth of zod's weight in the browser). They check the type of each field that is present and
 * keep unknown fields (`looseObject`); required-ness and meaning are checked by
 * `validateMessage`, so an incomplete card still decodes and can be mended in the designer.
 * Children (`content`, `elements`, `action`) are walked by the validator, node by node.
 */

const optionalString = lazySchema(() => z.optional(z.string()));

/** A problem found in a message, located by a JSON pointer (RFC 6901) into the message. */
export const issueSchema = lazySchema(() =>
  z.object({
    /** JSON pointer into the decoded message, e.g. `/content/elements/2/action/0/url`; `` is the whole. */
    path: z.string(),
    severity: z.enum(['error', 'warning']),
    /** Stable identifier, used as the i18n key `issues.<code>`. */
    code: z.string(),
    /** English explanation, for logs, the server and as an i18n fallback. */
    message: z.string(),
    /** Values to interpolate into the translated message. */
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  }),
);
const nullableString = lazySchema(() => z.optional(z.nullable(z.string())));

export const wireRequestSchema = lazySchema(() =>
  z.looseObject({
    content: z.string(),
    receive_id: optionalString,
    receive_ids: z.optional(z.array(z.string())),
    receive_type: z.optional(z.int()),
    /** The robot to people (`/robot/send/message`): their open_ids. */
    receive_open_ids: z.optional(z.array(z.string())),
    /** The robot to a group (`/robot/group/send/card_message`): the group's id. */
    group_id: optionalString,
    msg_type: optionalString,
  }),
);

/** `send_article_message`'s body: recipients as `send_message`, the article JSON-encoded. */
export const wireArticleRequestSchema = lazySchema(() =>
  z.looseObject({
    articles: z.string(),
    receive_id: optionalString,
    receive_ids: z.optional(z.array(z.string())),
    receive_type: z.optional(z.int()),
    msg_type: z.literal('article'),
  }),
);

export const textContentSchema = lazySchema(() => z.looseObject({ text: z.string() }));

export const markSchema = lazySchema(() =>
  z.looseObject({
    type: z.string(),
    attrs: z.optional(z.record(z.string(), z.unknown())),
  }),
);
export const boldMarkSchema = lazySchema(() => z.looseObject({ type: z.literal('bold') }));
export const linkMarkSchema = lazySchema(() =>
  z.looseObject({
    type: z.literal('link'),
    attrs: z.looseObject({ href: z.string(), target: nullableString, class: nullableString }),
  }),
);

const children = lazySchema(() => z.optional(z.array(z.unknown())));

export const nodeSchema = lazySchema(() =>
  z.looseObject({
    type: z.string(),
    attrs: z.optional(z.record(z.string(), z.unknown())),
    content: children,
    marks: z.optional(z.array(z.unknown())),
    text: optionalString,
  }),
);

export const nodeSchemas = lazySchema(
  () =>
    ({
      paragraph: z.looseObject({ type: z.literal('paragraph'), content: children }),
      heading: z.looseObject({
        type: z.literal('heading'),
        attrs: z.looseObject({
          level: z.int().check(z.minimum(1), z.maximum(6)),
          id: nullableString,
        }),
        content: children,
      }),
      bulletList: z.looseObject({ type: z.literal('bulletList'), content: children }),
      orderedList: z.looseObject({
        type: z.literal('orderedList'),
        attrs: z.optional(z.looseObject({ start: z.optional(z.int()) })),
        content: children,
      }),
      listItem: z.looseObject({ type: z.literal('listItem'), content: children }),
      image: z.looseObject({
        type: z.literal('image'),
        attrs: z.looseObject({ src: z.string(), alt: nullableString, title: nullableString }),
      }),
      text: z.looseObject({ type: z.literal('text'), text: z.string(), marks: children }),
      mention: z.looseObject({
        type: z.literal('mention'),
        attrs: z.looseObject({ id: nullableString, label: nullableString }),
      }),
      emoji: z.looseObject({
        type: z.literal('emoji'),
        attrs: z.looseObject({ alt: z.string(), src: z.string() }),
      }),
    }) as const,
);

export const plainTextSchema = lazySchema(() =>
  z.looseObject({ content: optionalString, tag: optionalString }),
);

/** The card's `config`: its switches (see `CARD_CONFIG_DEFAULTS`) and `business_type`. */
export const cardConfigSchema = lazySchema(() =>
  z.looseObject({
    enable_forward: z.optional(z.boolean()),
    is_share_card: z.optional(z.boolean()),
    data_visualization_mode: z.optional(z.boolean()),
    enable_forward_external: z.optional(z.boolean()),
    business_type: optionalString,
  }),
);

export const cardHeaderSchema = lazySchema(() =>
  z.looseObject({
    template: optionalString,
    title: z.optional(plainTextSchema),
  }),
);

export const cardSchema = lazySchema(() =>
  z.looseObject({
    config: z.optional(cardConfigSchema),
    header: z.optional(cardHeaderSchema),
    elements: z.optional(z.array(z.unknown())),
  }),
);

export const elementSchema = lazySchema(() => z.looseObject({ tag: z.string() }));
export const elementSchemas = lazySchema(
  () =>
    ({
      markdown: z.looseObject({ tag: z.literal('markdown'), content: z.string() }),
      rich_text: z.looseObject({ tag: z.literal('rich_text'), content: z.array(z.unknown()) }),
      action: z.looseObject({ tag: z.literal('action'), action: z.array(z.unknown()) }),
    }) as const,
);

export const buttonSchema = lazySchema(() =>
  z.looseObject({
    tag: z.literal('button'),
    text: z.optional(plainTextSchema),
    type: optionalString,
    template: optionalString,
    url: optionalString,
    event: optionalString,
    value: z.optional(z.unknown()),
    /** On which clients the button acts; the guide documents only `all`. */
    action_platform: optionalString,
  }),
);

/** The API's answer: `code` 200 is success; the original types it as a string and shows a number. */
export const mindResponseSchema = lazySchema(() =>
  z.looseObject({
    code: z.union([z.number(), z.string()]),
    msg: z.optional(z.string()),
    data: z.optional(z.unknown()),
  }),
);
export type MindResponse = z.infer<typeof mindResponseSchema>;

export const isMindSuccess = (response: MindResponse): boolean => Number(response.code) === 200;
