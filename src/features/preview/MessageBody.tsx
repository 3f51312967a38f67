import { isPlainObject } from '../../mind';
import { CardView } from './CardView';
import { MarkdownView } from './MarkdownView';
import { RichTextView } from './RichTextView';
import { shortName } from './shortName';
import { UnknownPlaceholder } from './UnknownPlaceholder';
import { usePreviewContext } from './previewContext';

/** Content as given, or parsed when it arrives still JSON-encoded (as on the wire). */
function decodedContent(msgType: string, content: unknown): unknown {
  if (typeof content !== 'string') return content;
  try {
    const parsed: unknown = JSON.parse(content);
    if (msgType === 'text' || msgType === 'markdown') {
      return isPlainObject(parsed) ? parsed : { text: content };
    }
    return parsed;
  } catch {
    return msgType === 'text' || msgType === 'markdown' ? { text: content } : content;
  }
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
      return type === 'text' ? (
        <div className="mp-bubble mp-text">{text}</div>
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
    default:
      return (
        <div className="mp-bubble">
          <UnknownPlaceholder>{t('unknownMsgType', { type: shortName(type) })}</UnknownPlaceholder>
        </div>
      );
  }
}
