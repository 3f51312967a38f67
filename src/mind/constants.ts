/** The message types Mind accepts, in the order the spec lists them. */
export const MSG_TYPES = ['text', 'markdown', 'rich_text', 'interactive', 'article'] as const;
export type MsgType = (typeof MSG_TYPES)[number];

/** Header colours the spec documents. Others are kept but warned about. */
export const HEADER_TEMPLATES = ['red', 'green', 'blue', 'purple', 'yellow'] as const;
export type HeaderTemplate = (typeof HEADER_TEMPLATES)[number];

/** Button templates the spec shows. */
export const BUTTON_TEMPLATES = ['white', 'default'] as const;
export type ButtonTemplate = (typeof BUTTON_TEMPLATES)[number];

export const BUTTON_TYPES = ['view', 'click'] as const;
export type ButtonType = (typeof BUTTON_TYPES)[number];

export const ELEMENT_TAGS = ['markdown', 'rich_text', 'action'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

export const BLOCK_NODE_TYPES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'image',
] as const;
export const INLINE_NODE_TYPES = ['text', 'mention', 'emoji'] as const;
export const NODE_TYPES = [...BLOCK_NODE_TYPES, ...INLINE_NODE_TYPES] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const MARK_TYPES = ['bold', 'link'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

/** The card config switches the guide documents, in the order the designer shows them. */
export const CARD_CONFIG_KEYS = [
  'enable_forward',
  'enable_forward_external',
  'is_share_card',
  'data_visualization_mode',
] as const;
export type CardConfigKey = (typeof CARD_CONFIG_KEYS)[number];

/**
 * What Mind does when a switch is absent, as the guide says (`data_visualization_mode` has no
 * documented default: read as off).
 */
export const CARD_CONFIG_DEFAULTS: Readonly<Record<CardConfigKey, boolean>> = {
  enable_forward: true,
  enable_forward_external: false,
  is_share_card: false,
  data_visualization_mode: false,
};

/** Button `action_platform` values the guide documents. Others are kept but warned about. */
export const BUTTON_ACTION_PLATFORMS = ['all'] as const;
export type ButtonActionPlatform = (typeof BUTTON_ACTION_PLATFORMS)[number];

/** `receive_type` 1: subscribed users, the spec's only documented value and its default. */
export const DEFAULT_RECEIVE_TYPE = 1;

export const MIND_API_URL = 'https://open.mindoffice.cn/open-platform/api/open-apis/send_message';

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}
