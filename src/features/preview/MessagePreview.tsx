import { Bot } from 'lucide-react';
import { memo, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { MsgType } from '../../mind';
import { MessageBody } from './MessageBody';
import { PreviewContext, type CardSlots, type PreviewAction } from './previewContext';
import { PreviewErrorBoundary } from './PreviewErrorBoundary';
import { useAppTheme } from './useAppTheme';
import { useAssetBase } from './useAssetBase';
import './preview.css';

export type { CardSlots, PreviewAction } from './previewContext';

/** What the preview renders: a message type and its content, as decoded (not encoded). */
export interface PreviewMessage {
  msg_type?: MsgType | (string & {});
  content?: unknown;
  /** An article's fields, as `send_article_message` carries them (an object or its JSON). */
  articles?: unknown;
}

export interface MessagePreviewProps {
  message: PreviewMessage;
  width?: 'desktop' | 'mobile';
  /** The recipient's theme; the app's theme by default. */
  theme?: 'light' | 'dark';
  /** Base for emoji and image paths; by default `assetBase` from /api/status ('' = this app). */
  assetBase?: string;
  /** Called when a button is clicked: a click button's event and value, a link's URL. */
  onAction?: (action: PreviewAction) => void;
  /** The sender shown above the message; the app's name by default. */
  sender?: string;
  /** When the message was sent; now by default. */
  time?: Date | string | number;
  /** An editor's wrappers around the card's header, elements and buttons (the designer's canvas). */
  slots?: CardSlots;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** HH:mm, as Mind's client shows it (Intl's formatter costs a millisecond a call). */
function formatTime(time: Date | string | number | undefined): string {
  const date = time === undefined ? new Date() : new Date(time);
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A message as a recipient sees it in Mind's client: the app's avatar, name and time above
 * the bubble or card. Plain React from the JSON; never throws on odd shapes.
 */
export const MessagePreview = memo(function MessagePreview({
  message,
  width = 'desktop',
  theme: themeProp,
  assetBase,
  onAction,
  sender,
  time,
  slots,
}: MessagePreviewProps) {
  const { t } = useTranslation('preview');
  const appTheme = useAppTheme();
  const theme = themeProp ?? appTheme;
  const statusBase = useAssetBase(assetBase === undefined);
  const context = useMemo(
    () => ({ assetBase: assetBase ?? statusBase, onAction, t, slots }),
    [assetBase, statusBase, onAction, t, slots],
  );
  const msgType: unknown = isRecord(message) ? message.msg_type : undefined;
  // A request to send_article_message carries its article in `articles`.
  const content: unknown = !isRecord(message)
    ? undefined
    : msgType === 'article' && message.articles !== undefined
      ? message.articles
      : message.content;
  const isCard = msgType === 'interactive' || msgType === 'article';
  return (
    <div
      className={`mp mp--${theme === 'dark' ? 'dark' : 'light'} mp--${width === 'mobile' ? 'mobile' : 'desktop'}`}
      data-testid="message-preview"
      data-theme-preview={theme}
    >
      <div className="mp-chat">
        <div className="mp-avatar" aria-hidden="true">
          <Bot size={width === 'mobile' ? 18 : 20} strokeWidth={2.2} />
        </div>
        <div className={isCard ? 'mp-col mp-col--card' : 'mp-col'}>
          <div className="mp-meta">
            <span className="mp-sender">{sender ?? t('sender')}</span>
            <span className="mp-bot-tag">{t('botTag')}</span>
            <time className="mp-time">{formatTime(time)}</time>
          </div>
          <PreviewContext.Provider value={context}>
            <PreviewErrorBoundary
              resetKey={message}
              fallback={(error) => (
                <div className="mp-bubble mp-failed" role="alert">
                  <strong>{t('error.title')}</strong>
                  <span>{error.message}</span>
                </div>
              )}
            >
              <MessageBody msgType={msgType} content={content} />
            </PreviewErrorBoundary>
          </PreviewContext.Provider>
        </div>
      </div>
    </div>
  );
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
