import { ExternalLink } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MarkdownEditor } from '../../markdown/MarkdownEditor';
import { LazyRichTextEditor } from '../../richtext/LazyRichTextEditor';
import { selectRichTextDoc, useRichTextDraftStore } from '../../richtext/richTextDraftStore';
import { useComposeDraft } from '../draft/composeDraftStore';
import { CardSource } from './CardSource';

/** The editor of the chosen type: a text area, the markdown editor, TipTap, or the designer's card. */
export function MessageEditor({ invalid }: { invalid: boolean }) {
  const { t } = useTranslation('compose');
  const msgType = useComposeDraft((state) => state.msgType);
  const text = useComposeDraft((state) => state.text);
  const markdown = useComposeDraft((state) => state.markdown);
  const setText = useComposeDraft((state) => state.setText);
  const setMarkdown = useComposeDraft((state) => state.setMarkdown);
  const richText = useRichTextDraftStore(selectRichTextDoc);
  const setRichText = useRichTextDraftStore((state) => state.setDoc);
  const textId = useId();

  switch (msgType) {
    case 'text':
      return (
        <div className="cp-editor">
          <label htmlFor={textId} className="cp-editor__label">
            {t('editor.text')}
          </label>
          <textarea
            id={textId}
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
        </div>
      );
    case 'markdown':
      return (
        <div className="cp-editor">
          <p className="cp-editor__label" aria-hidden="true">
            {t('editor.markdown')}
          </p>
          <MarkdownEditor
            value={markdown}
            onChange={setMarkdown}
            label={t('editor.markdown')}
            rows={10}
            invalid={invalid}
            placeholder={t('editor.markdownPlaceholder')}
          />
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
          />
        </div>
      );
    case 'interactive':
      return <CardSource />;
  }
}
