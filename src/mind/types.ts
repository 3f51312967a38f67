import type * as z from 'zod/mini';
import type { Article } from './article';
import type { MsgType } from './constants';
import type {
  buttonSchema,
  cardConfigSchema,
  cardHeaderSchema,
  nodeSchemas,
  plainTextSchema,
  textContentSchema,
  wireArticleRequestSchema,
  wireRequestSchema,
} from './schemas';

/**
 * Every model object may carry fields the model does not know: they are kept, in order,
 * through decode, edit and encode.
 */
export interface Extra {
  [key: string]: unknown;
}

export interface RichTextMark extends Extra {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A ProseMirror node as Mind stores it: blocks hold `content`, text holds `text` and `marks`. */
export interface RichTextNode extends Extra {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

/** `attrs.src` is a path on the Mind client, e.g. `/images/emoji_applaud.png`. */
export type EmojiNode = z.infer<typeof nodeSchemas.emoji>;

/** Mind's `rich_text` content: the `content` of a TipTap `doc`, without the wrapper. */
export type RichTextDoc = RichTextNode[];

/*
 * The shapes below come from the zod/mini schemas (schemas.ts), which keep unknown fields
 * (`looseObject`): one description of each. Those whose children the validator walks node by
 * node (`elements`, `action`, rich text `content`) are typed here with their children.
 */
export type PlainText = z.infer<typeof plainTextSchema>;
export type CardConfig = z.infer<typeof cardConfigSchema>;
/** `template` is one of `red/green/blue/purple/yellow`; other values are kept. */
export type CardHeader = z.infer<typeof cardHeaderSchema>;
/** `type` `view` opens `url`; `click` sends `event` and `value` back to the app. */
export type CardButton = z.infer<typeof buttonSchema>;

export interface ActionElement extends Extra {
  tag: 'action';
  action: (CardButton | (Extra & { tag: string }))[];
}
/** Any element: `markdown` (`content`), `rich_text` (`content`), `action` or one the model does not know. */
export interface CardElement extends Extra {
  tag: string;
}

export interface Card extends Extra {
  config?: CardConfig;
  header?: CardHeader;
  elements?: CardElement[];
}

export type TextContent = z.infer<typeof textContentSchema>;

interface RequestFields extends Extra {
  receive_id?: string;
  receive_ids?: string[];
  receive_type?: number;
  /** The robot to people: their open_ids. */
  receive_open_ids?: string[];
  /** The robot to a group: the group's id. */
  group_id?: string;
}

/**
 * A decoded request: the wire body with `content` parsed. Its keys keep the wire's order.
 * `msg_type` may be absent, as on the wire, where Mind reads it as `text`.
 */
export type MindMessage =
  | (RequestFields & { msg_type?: 'text'; content: TextContent })
  | (RequestFields & { msg_type: 'markdown'; content: TextContent })
  | (RequestFields & { msg_type: 'rich_text'; content: RichTextDoc })
  | (RequestFields & { msg_type: 'interactive'; content: Card })
  /** `send_article_message`: the article is in `articles`, not `content`. */
  | (RequestFields & { msg_type: 'article'; articles: Article });

/** The body Mind receives: `content` (an article: `articles`) is a JSON-encoded string. */
export type WireRequest =
  z.infer<typeof wireRequestSchema> | z.infer<typeof wireArticleRequestSchema>;

/** The effective message type: `text` where `msg_type` is absent. */
export const msgTypeOf = (message: MindMessage): MsgType => message.msg_type ?? 'text';
