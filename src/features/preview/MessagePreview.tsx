import type { MsgType } from '../../mind';

/** What the preview renders: a message type and its content, as decoded (not encoded). */
export interface PreviewMessage {
  msg_type?: MsgType;
  content: unknown;
}

export interface MessagePreviewProps {
  message: PreviewMessage;
  width?: 'desktop' | 'mobile';
  theme?: 'light' | 'dark';
}

/** Placeholder until the preview issue lands: shows the content as JSON. */
export function MessagePreview({ message }: MessagePreviewProps) {
  return <pre className="preview-placeholder">{JSON.stringify(message.content, null, 2)}</pre>;
}
