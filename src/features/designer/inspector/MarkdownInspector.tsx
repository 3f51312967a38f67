import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Field } from '../../../ui/Field';
import { useFieldHighlights } from '../../../fields/useFieldHighlights';
import { MarkdownEditor } from '../../../editors/markdown/MarkdownEditor';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { useFieldMessages } from './useFieldMessages';

/** A markdown block: Mind's dialect, with a toolbar for what plain markdown cannot say. */
export function MarkdownInspector({ id, index }: { id: string; index: number }) {
  const { t } = useTranslation('designer');
  const content = useDesigner((state) => state.doc.card.elements?.[index]?.content);
  const pointer = `/content/elements/${index}/content`;
  const { error, warning } = useFieldMessages(pointer);
  const text = typeof content === 'string' ? content : '';
  const highlights = useFieldHighlights(text);
  return (
    <div className="dz-form">
      <Field label={t('markdown.label')} hint={warning ?? t('markdown.hint')} error={error}>
        {({ id: fieldId, describedBy, invalid }) => (
          <div data-pointer={pointer}>
            <MarkdownEditor
              id={fieldId}
              label={t('markdown.label')}
              value={text}
              highlights={highlights}
              onChange={(value, cause) =>
                designerActions().setMarkdown(id, value, cause === 'typing')
              }
              describedBy={describedBy}
              invalid={invalid}
              rows={8}
            />
          </div>
        )}
      </Field>
    </div>
  );
}
