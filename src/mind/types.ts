import type { MsgType } from './constants';

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

export interface LinkMark extends RichTextMark {
  type: 'link';
  attrs: { href: string; target?: string; class?: string } & Extra;
}

/** A ProseMirror node as Mind stores it: blocks hold `content`, text holds `text` and `marks`. */
export interface RichTextNode extends Extra {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

export interface TextNode extends RichTextNode {
  type: 'text';
  text: string;
}
export interface MentionNode extends RichTextNode {
  type: 'mention';
  /** `id` is the person's open_id, `label` the name shown after the `@`. */
  attrs: { id: string; label?: string | null } & Extra;
}
export interface EmojiNode extends RichTextNode {
  type: 'emoji';
  /** `src` is a path on the Mind client, e.g. `/images/emoji_applaud.png`. */
  attrs: { alt: string; src: string } & Extra;
}
export interface HeadingNode extends RichTextNode {
  type: 'heading';
  attrs: { level: number; id?: string | null } & Extra;
}
export interface OrderedListNode extends RichTextNode {
  type: 'orderedList';
  attrs?: { start?: number } & Extra;
}
export interface ImageNode extends RichTextNode {
  type: 'image';
  attrs: { src: string; alt?: string | null; title?: string | null } & Extra;
}

/** Mind's `rich_text` content: the `content` of a TipTap `doc`, without the wrapper. */
export type RichTextDoc = RichTextNode[];

export interface PlainText extends Extra {
  content?: string;
  tag?: string;
}

export interface CardConfig extends Extra {
  enable_forward?: boolean;
  is_share_card?: boolean;
  data_visualization_mode?: boolean;
}

export interface CardHeader extends Extra {
  /** One of `red/green/blue/purple/yellow`; other values are kept. */
  template?: string;
  title?: PlainText;
}

export interface CardButton extends Extra {
  tag: 'button';
  text?: PlainText;
  /** `view` opens `url`; `click` sends `event` and `value` back to the app. */
  type?: string;
  template?: string;
  url?: string;
  event?: string;
  value?: unknown;
}

export interface MarkdownElement extends Extra {
  tag: 'markdown';
  content: string;
}
export interface RichTextElement extends Extra {
  tag: 'rich_text';
  content: RichTextDoc;
}
export interface ActionElement extends Extra {
  tag: 'action';
  action: (CardButton | (Extra & { tag: string }))[];
}
export interface UnknownElement extends Extra {
  tag: string;
}
export type CardElement = MarkdownElement | RichTextElement | ActionElement | UnknownElement;

export interface Card extends Extra {
  config?: CardConfig;
  header?: CardHeader;
  elements?: CardElement[];
}

export interface TextContent extends Extra {
  text: string;
}

export interface ContentByType {
  text: TextContent;
  markdown: TextContent;
  rich_text: RichTextDoc;
  interactive: Card;
}

export type MessageContent = ContentByType[MsgType];

interface RequestFields extends Extra {
  receive_id?: string;
  receive_ids?: string[];
  receive_type?: number;
}

/**
 * A decoded request: the wire body with `content` parsed. Its keys keep the wire's order.
 * `msg_type` may be absent, as on the wire, where Mind reads it as `text`.
 */
export type MindMessage =
  | (RequestFields & { msg_type?: 'text'; content: TextContent })
  | (RequestFields & { msg_type: 'markdown'; content: TextContent })
  | (RequestFields & { msg_type: 'rich_text'; content: RichTextDoc })
  | (RequestFields & { msg_type: 'interactive'; content: Card });

/** The body Mind receives: `content` is a JSON-encoded string. */
export interface WireRequest extends Extra {
  content: string;
  receive_id?: string;
  receive_ids?: string[];
  receive_type?: number;
  msg_type?: string;
}

/** The effective message type: `text` where `msg_type` is absent. */
export const msgTypeOf = (message: MindMessage): MsgType => message.msg_type ?? 'text';
