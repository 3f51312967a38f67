import type { MsgType } from '../mind';

/** Where each message type is edited: the designer, the rich text page, or compose. */
export function editorPath(msgType: MsgType): string {
  switch (msgType) {
    case 'interactive':
      return '/designer';
    case 'rich_text':
      return '/rich-text';
    case 'text':
    case 'markdown':
    case 'article':
      return '/compose';
  }
}
