import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { HEADER_TEMPLATES, isOneOf } from '../../../mind';
import { blockSelector, focusBlock } from '../focusTarget';
import {
  designerActions,
  designerStore,
  useDesigner,
} from '../../../work/card/store/useDesignerStore';
import { startEditing, stopEditing, stopEditingAndFocus, useEditingInPlace } from './editInPlace';
import { InPlaceText } from './InPlaceText';

/** The card's header as rendered: click selects the card, double-click or Enter edits the title. */
export function CanvasHeader({ children }: { children: ReactNode }) {
  const { t } = useTranslation('designer');
  const selected = useDesigner((state) => state.selectedId === null);
  const title = useDesigner((state) => state.doc.card.header?.title?.content);
  const template = useDesigner((state) => state.doc.card.header?.template);
  const editing = useEditingInPlace({ kind: 'title' });
  const text = typeof title === 'string' ? title : '';

  if (editing) {
    return (
      <div className="dz-head is-selected">
        <div
          className={`mp-card__header mp-tpl-${isOneOf(HEADER_TEMPLATES, template) ? template : 'neutral'}`}
        >
          <InPlaceText
            className="mp-card__title dz-in-place--title"
            label={t('card.title')}
            placeholder={t('hint.title')}
            value={text}
            onChange={(value) => designerActions().setHeaderTitle(value)}
            onDone={(refocus) =>
              refocus ? stopEditingAndFocus(blockSelector(null)) : stopEditing()
            }
          />
        </div>
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      designerActions().select(null);
      startEditing({ kind: 'title' });
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusBlock(designerStore.getState().doc.elementIds[0] ?? null);
    }
  };
  return (
    <div
      className={`dz-head${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={t('canvas.header', { title: text.trim() || t('canvas.untitled') })}
      aria-current={selected ? 'true' : undefined}
      data-canvas-header
      onClick={() => designerActions().select(null)}
      onFocus={() => designerActions().select(null)}
      onDoubleClick={() => startEditing({ kind: 'title' })}
      onKeyDown={onKeyDown}
    >
      {children ?? <div className="dz-head__none">{t('canvas.noHeader')}</div>}
    </div>
  );
}
