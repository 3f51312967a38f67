import { ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Link } from 'wouter';
import { MarkdownEditor } from '../../../editors/markdown/MarkdownEditor';
import {
  LazyRichTextEditor,
  type RichTextHandle,
} from '../../../editors/richtext/LazyRichTextEditor';
import {
  selectRichTextDoc,
  useRichTextDraftStore,
} from '../../../work/richText/richTextDraftStore';
import { useComposeDraft } from '../../../work/compose/composeDraftStore';
import type { Channel } from '../../../mind';
import { lazyComponent } from '../../../ui/lazyComponent';
import { CardSource } from './CardSource';
import { MentionInserter } from './MentionInserter';
import { usePersonal } from '../../../fields/personalStore';
import { useFieldHighlights } from '../../../fields/useFieldHighlights';
import { Field } from '../../../ui/Field';
import { HighlightedTextarea } from '../../../ui/HighlightedTextarea';

// Downloads when an article is first edited.
const ArticleEditor = lazyComponent(() =>
  import('./ArticleEditor').then((module) => module.ArticleEditor),
);

// The Fields menus download once a list with fields is loaded (none is shown without one).
const FieldsMenu = lazyComponent(() =>
  import('../../../fields/FieldsMenuButton').then((module) => module.FieldsMenu),
);
const RichTextFieldsMenu = lazyComponent(() =>
  import('../personal/FieldsMenu').then((module) => module.RichTextFieldsMenu),
);
const CardFieldsMenu = lazyComponent(() =>
  import('../personal/FieldsMenu').then((module) => module.CardFieldsMenu),
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
  const [richTextHandle, setRichTextHandle] = useState<RichTextHandle | null>(null);
  const mentions = channel === 'group';
  const fields = usePersonal((state) => (state.table?.columns.length ?? 0) > 0);
  const textHighlights = useFieldHighlights(msgType === 'text' ? text : '');
  const markdownHighlights = useFieldHighlights(msgType === 'markdown' ? markdown : '');

  switch (msgType) {
    case 'text':
      return (
        <Field label={t('editor.text')}>
          {({ id }) => (
            <>
              <HighlightedTextarea
                id={id}
                highlights={textHighlights}
                className="cp-editor__text"
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
                <MentionInserter targetId={id} value={text} onChange={setText} allowEveryone />
              ) : null}
              {fields ? <FieldsMenu targetId={id} value={text} onChange={setText} /> : null}
            </>
          )}
        </Field>
      );
    case 'markdown':
      return (
        <Field label={t('editor.markdown')}>
          {({ id }) => (
            <>
              <MarkdownEditor
                id={id}
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
                  targetId={id}
                  value={markdown}
                  onChange={setMarkdown}
                  allowEveryone
                />
              ) : null}
              {fields ? <FieldsMenu targetId={id} value={markdown} onChange={setMarkdown} /> : null}
            </>
          )}
        </Field>
      );
    case 'rich_text':
      return (
        <Field
          label={t('editor.richText')}
          group
          aside={
            <Link href="/rich-text" className="cp-link">
              {t('editor.richTextPage')}
              <ExternalLink size={13} aria-hidden="true" />
            </Link>
          }
        >
          {() => (
            <>
              <LazyRichTextEditor
                value={richText}
                onChange={setRichText}
                label={t('editor.richText')}
                placeholder={t('editor.richTextPlaceholder')}
                allowEveryone={mentions}
                onHandle={setRichTextHandle}
              />
              {fields ? <RichTextFieldsMenu handle={richTextHandle} doc={richText} /> : null}
            </>
          )}
        </Field>
      );
    case 'interactive':
      return (
        <>
          <CardSource />
          {fields ? <CardFieldsMenu /> : null}
        </>
      );
    case 'article':
      return <ArticleEditor invalid={invalid} />;
  }
}
