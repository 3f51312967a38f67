import { ExternalLink } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MarkdownEditor } from '../../markdown/MarkdownEditor';
import { LazyRichTextEditor, type RichTextHandle } from '../../richtext/LazyRichTextEditor';
import { selectRichTextDoc, useRichTextDraftStore } from '../../richtext/richTextDraftStore';
import { useComposeDraft } from '../draft/composeDraftStore';
import type { Channel } from '../../../mind';
import { lazyComponent } from '../../../ui/lazyComponent';
import { CardSource } from './CardSource';
import { MentionInserter } from './MentionInserter';
import { CardFieldsMenu, RichTextFieldsMenu } from '../personal/FieldsMenu';
import { FieldsMenu } from '../personal/FieldsMenuButton';
import { useFieldHighlights } from '../personal/useFieldHighlights';
import { HighlightedTextarea } from '../../../ui/HighlightedTextarea';

// Downloads when an article is first edited.
const ArticleEditor = lazyComponent(() =>
  import('./ArticleEditor').then((module) => module.ArticleEditor),
);

/**
 * The editor of the chosen type: a text area, the markdown editor, TipTap, the designer's
 * card, or the article's fields. For a group, text and markdown offer `<at>` mentions and rich
 * text's `@` list offers everyone as well as people.
 */
export function MessageEditor({ invalid, channel }: { invalid: boolean; channel: Channel }) {
  const { t } = useTranslation('compose');
  const msgType = useComposeDraft((state) => state.msgType);
  const text = useComposeDraft((state) => state.text);
  const markdown = useComposeDraft((state) => state.markdown);
  const setText = useComposeDraft((state) => state.setText);
  const setMarkdown = useComposeDraft((state) => state.setMarkdown);
  const richText = useRichTextDraftStore(selectRichTextDoc);
  const setRichText = useRichTextDraftStore((state) => state.setDoc);
  const textId = useId();
  const markdownId = useId();
  const [richTextHandle, setRichTextHandle] = useState<RichTextHandle | null>(null);
  const mentions = channel === 'group';
  const textHighlights = useFieldHighlights(msgType === 'text' ? text : '');
  const markdownHighlights = useFieldHighlights(msgType === 'markdown' ? markdown : '');

  switch (msgType) {
    case 'text':
      return (
        <div className="cp-editor">
          <label htmlFor={textId} className="cp-editor__label">
            {t('editor.text')}
          </label>
          <HighlightedTextarea
            id={textId}
            highlights={textHighlights}
            className="ui-textarea cp-editor__text"
            value={text}
            rows={8}
            placeholder={t('editor.textPlaceholder')}
            aria-invalid={invalid || undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <p className="cp-editor__count" aria-live="off">
            {t('editor.characters', { count: [...text].length })}
          </p>
          {mentions ? (
            <MentionInserter targetId={textId} value={text} onChange={setText} allowEveryone />
          ) : null}
          <FieldsMenu targetId={textId} value={text} onChange={setText} />
        </div>
      );
    case 'markdown':
      return (
        <div className="cp-editor">
          <p className="cp-editor__label" aria-hidden="true">
            {t('editor.markdown')}
          </p>
          <MarkdownEditor
            id={markdownId}
            value={markdown}
            onChange={setMarkdown}
            label={t('editor.markdown')}
            rows={10}
            invalid={invalid}
            placeholder={t('editor.markdownPlaceholder')}
            highlights={markdownHighlights}
          />
          {mentions ? (
            <MentionInserter
              targetId={markdownId}
              value={markdown}
              onChange={setMarkdown}
              allowEveryone
            />
          ) : null}
          <FieldsMenu targetId={markdownId} value={markdown} onChange={setMarkdown} />
        </div>
      );
    case 'rich_text':
      return (
        <div className="cp-editor">
          <div className="cp-editor__row">
            <p className="cp-editor__label" aria-hidden="true">
              {t('editor.richText')}
            </p>
            <Link href="/rich-text" className="cp-link">
              {t('editor.richTextPage')}
              <ExternalLink size={13} aria-hidden="true" />
            </Link>
          </div>
          <LazyRichTextEditor
            value={richText}
            onChange={setRichText}
            label={t('editor.richText')}
            placeholder={t('editor.richTextPlaceholder')}
            allowEveryone={mentions}
            onHandle={setRichTextHandle}
          />
          <RichTextFieldsMenu handle={richTextHandle} doc={richText} />
        </div>
      );
    case 'interactive':
      return (
        <>
          <CardSource />
          <CardFieldsMenu />
        </>
      );
    case 'article':
      return <ArticleEditor invalid={invalid} />;
  }
}
