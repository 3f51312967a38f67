import type * as z from 'zod/mini';
import type { MsgType } from './constants';
import type {
  buttonSchema,
  cardConfigSchema,
  cardHeaderSchema,
  elementSchema,
  markSchema,
  nodeSchemas,
  plainTextSchema,
  textContentSchema,
  wireArticleRequestSchema,
  wireRequestSchema,
} from './schemas';
import type {
  messageSchema,
  richTextNodeSchema,
  typedActionSchema,
  typedCardSchema,
} from './messageSchema';

/*
 * Every shape comes from its zod/mini schema (schemas.ts), which keeps fields the model does not
 * know (`looseObject`): they are kept, in order, through decode, edit and encode.
 */
export type RichTextMark = z.infer<typeof markSchema>;
/** A ProseMirror node as Mind stores it: blocks hold `content`, text holds `text` and `marks`. */
export type RichTextNode = z.infer<typeof richTextNodeSchema>;

/** `attrs.src` is a path on the Mind client, e.g. `/images/emoji_applaud.png`. */
export type EmojiNode = z.infer<typeof nodeSchemas.emoji>;

/** Mind's `rich_text` content: the `content` of a TipTap `doc`, without the wrapper. */
export type RichTextDoc = RichTextNode[];

export type PlainText = z.infer<typeof plainTextSchema>;
export type CardConfig = z.infer<typeof cardConfigSchema>;
/** `template` is one of `red/green/blue/purple/yellow`; other values are kept. */
export type CardHeader = z.infer<typeof cardHeaderSchema>;
/** `type` `view` opens `url`; `click` sends `event` and `value` back to the app. */
export type CardButton = z.infer<typeof buttonSchema>;

export type ActionElement = z.infer<typeof typedActionSchema>;
/** Any element: `markdown` (`content`), `rich_text` (`content`), `action` or one the model does not know. */
export type CardElement = z.infer<typeof elementSchema>;

export type Card = z.infer<typeof typedCardSchema>;

export type TextContent = z.infer<typeof textContentSchema>;

/** A decoded request (`messageSchema`). */
export type MindMessage = z.infer<typeof messageSchema>;

/** The body Mind receives: `content` (an article: `articles`) is a JSON-encoded string. */
export type WireRequest =
  z.infer<typeof wireRequestSchema> | z.infer<typeof wireArticleRequestSchema>;

/** The effective message type: `text` where `msg_type` is absent. */
export const msgTypeOf = (message: MindMessage): MsgType => message.msg_type ?? 'text';
