import type { ReactNode } from 'react';
import { isPlainObject, parseExactJson, scanMentions } from '../../mind';
import { CardView } from './CardView';
import { MarkdownView } from './MarkdownView';
import { RichTextView } from './RichTextView';
import { shortName } from './shortName';
import { UnknownPlaceholder } from './UnknownPlaceholder';
import { usePreviewContext } from './previewContext';
import { ArticleView } from './ArticleView';

/** Content as given, or parsed when it arrives still JSON-encoded (as on the wire). */
function decodedContent(msgType: string, content: unknown): unknown {
  if (typeof content !== 'string') return content;
  try {
    const parsed: unknown = parseExactJson(content);
    if (msgType === 'text' || msgType === 'markdown') {
      return isPlainObject(parsed) ? parsed : { text: content };
    }
    return parsed;
  } catch {
    return msgType === 'text' || msgType === 'markdown' ? { text: content } : content;
  }
}

/** Plain text with its `<at>` mentions shown as the client shows them: a highlighted `@Name`. */
function TextWithMentions({ text }: { text: string }) {
  const { mentions } = scanMentions(text);
  if (mentions.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mention of mentions) {
    parts.push(text.slice(at, mention.offset));
    parts.push(
      <span key={mention.offset} className="mp-mention">
        @{mention.name}
      </span>,
    );
    at = mention.offset + mention.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The message itself, by type: a bubble for text, markdown and rich_text, a card for cards. */
export function MessageBody({ msgType, content }: { msgType: unknown; content: unknown }) {
  const { t } = usePreviewContext();
  const type = msgType ?? 'text';
  if (typeof type !== 'string') {
    return (
      <div className="mp-bubble">
        <UnknownPlaceholder>{t('unknownMsgType', { type: shortName(type) })}</UnknownPlaceholder>
      </div>
    );
  }
  const value = decodedContent(type, content);
  switch (type) {
    case 'text':
    case 'markdown': {
      const text = isPlainObject(value) ? value.text : undefined;
      if (typeof text !== 'string') {
        return (
          <div className="mp-bubble">
            <UnknownPlaceholder>{t('noText')}</UnknownPlaceholder>
          </div>
        );
      }
      // Nothing to read yet (compose before a word is written): said, as an empty rich text is,
      // not a blank bubble.
      if (text.trim() === '') {
        return (
          <div className="mp-bubble">
            <p className="mp-empty">{t('emptyRichText')}</p>
          </div>
        );
      }
      return type === 'text' ? (
        <div className="mp-bubble mp-text">
          <TextWithMentions text={text} />
        </div>
      ) : (
        <div className="mp-bubble">
          <MarkdownView source={text} />
        </div>
      );
    }
    case 'rich_text':
      return (
        <div className="mp-bubble">
          <RichTextView content={value} />
        </div>
      );
    case 'interactive':
      return <CardView card={value} />;
    case 'article':
      return <ArticleView article={value} />;
    default:
      return (
        <div className="mp-bubble">
          <UnknownPlaceholder>{t('unknownMsgType', { type: shortName(type) })}</UnknownPlaceholder>
        </div>
      );
  }
}
