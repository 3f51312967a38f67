import { lazy, Suspense } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { RichTextEditorProps } from './RichTextEditor';

export type { RichTextHandle } from './RichTextEditor';

const RichTextEditor = lazy(() =>
  import('./RichTextEditor').then((module) => ({ default: module.RichTextEditor })),
);

/**
 * The rich text editor, downloaded the first time it is shown: pages that may embed it
 * (the card designer's inspector) do not pay for TipTap until someone edits rich text.
 */
export function LazyRichTextEditor(props: RichTextEditorProps) {
  const { t } = useTranslation('richtext');
  return (
    <Suspense
      fallback={
        <div className="ui-textarea" role="status" aria-label={props.label}>
          {t('loading', { defaultValue: '…' })}
        </div>
      }
    >
      <RichTextEditor {...props} />
    </Suspense>
  );
}
