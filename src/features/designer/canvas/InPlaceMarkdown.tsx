import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { blockSelector } from '../focusTarget';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { stopEditing, stopEditingAndFocus } from './editInPlace';

/** A markdown element's source, edited on the canvas where it is drawn; Escape or leaving ends. */
export function InPlaceMarkdown({ id, index }: { id: string; index: number }) {
  const { t } = useTranslation('designer');
  const content = useDesigner((state) => state.doc.card.elements?.[index]?.content);
  const value = typeof content === 'string' ? content : '';
  const field = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const node = field.current;
    if (!node) return;
    node.style.height = 'auto';
    node.style.height = `${node.scrollHeight}px`;
  }, [value]);
  useLayoutEffect(() => {
    const node = field.current;
    node?.focus();
    node?.setSelectionRange(node.value.length, node.value.length);
  }, []);

  const done = () => {
    stopEditingAndFocus(blockSelector(id));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      done();
    }
  };
  return (
    <textarea
      ref={field}
      className="dz-in-place dz-in-place--markdown"
      aria-label={t('markdown.label')}
      placeholder={t('hint.markdown')}
      value={value}
      rows={1}
      onChange={(event) => designerActions().setMarkdown(id, event.target.value, true)}
      onKeyDown={onKeyDown}
      onBlur={stopEditing}
    />
  );
}
