import type { FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { RichTextDoc } from '../../../mind';
import { LazyRichTextEditor } from '../../../editors/richtext/LazyRichTextEditor';
import { blockSelector } from '../focusTarget';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { stopEditing, stopEditingAndFocus } from './editInPlace';

const EMPTY: RichTextDoc = [];

/** A rich text element, edited with the rich text editor where it is drawn; Escape ends. */
export function InPlaceRichText({ id, index }: { id: string; index: number }) {
  const { t } = useTranslation('designer');
  const content = useDesigner((state) => state.doc.card.elements?.[index]?.content);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      stopEditingAndFocus(blockSelector(id));
    }
  };
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node && event.currentTarget.contains(next))) stopEditing();
  };
  return (
    <div className="dz-in-place dz-in-place--rich" onKeyDown={onKeyDown} onBlur={onBlur}>
      <LazyRichTextEditor
        compact
        autoFocus
        value={Array.isArray(content) ? (content as RichTextDoc) : EMPTY}
        onChange={(value) => designerActions().setRichText(id, value)}
        label={t('richText.label')}
        placeholder={t('hint.rich_text')}
      />
    </div>
  );
}
