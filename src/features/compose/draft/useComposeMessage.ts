import { useMemo } from 'react';
import {
  buildArticle,
  validateContent,
  type ArticleFields,
  type MindIssue,
  type MsgType,
} from '../../../mind';
import { useDesigner } from '../../../work/card/store/useDesignerStore';
import { selectRichTextDoc, useRichTextDraftStore } from '../../../work/richText/richTextDraftStore';
import { useComposeDraft } from '../../../work/compose/composeDraftStore';

export interface ComposeMessage {
  msg_type: MsgType;
  /** The content as the server takes it: an object, an array for rich_text. */
  content: unknown;
}

/**
 * The message compose would send: its own text or markdown draft, the rich text draft shared
 * with /rich-text, or the designer's current card; its issues for the chosen channel
 * (mentions, `all` only in a group).
 */
export function useComposeMessage(): { message: ComposeMessage; issues: MindIssue[] } {
  const msgType = useComposeDraft((state) => state.msgType);
  const text = useComposeDraft((state) => state.text);
  const markdown = useComposeDraft((state) => state.markdown);
  const article = useComposeDraft((state) => state.article);
  const richText = useRichTextDraftStore(selectRichTextDoc);
  const card = useDesigner((state) => state.doc.card);
  const channel = useComposeDraft((state) => state.channel);
  const message = useMemo(
    () => messageFor(msgType, { text, markdown, article, richText, card }),
    [msgType, text, markdown, article, richText, card],
  );
  const issues = useMemo(
    () => validateContent(message.msg_type, message.content, '/content', channel),
    [message, channel],
  );
  return { message, issues };
}

function messageFor(
  msgType: MsgType,
  sources: {
    text: string;
    markdown: string;
    article: ArticleFields;
    richText: unknown;
    card: unknown;
  },
): ComposeMessage {
  switch (msgType) {
    case 'text':
      return { msg_type: 'text', content: { text: sources.text } };
    case 'markdown':
      return { msg_type: 'markdown', content: { text: sources.markdown } };
    case 'rich_text':
      return { msg_type: 'rich_text', content: sources.richText };
    case 'interactive':
      return { msg_type: 'interactive', content: sources.card };
    case 'article':
      return { msg_type: 'article', content: buildArticle(sources.article) };
  }
}
