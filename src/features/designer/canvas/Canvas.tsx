import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { LayoutTemplate, Pencil } from 'lucide-react';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADER_TEMPLATES, isOneOf } from '../../../mind';
import { designerActions, useDesigner } from '../store/useDesignerStore';
import { CanvasBlock } from './CanvasBlock';
import { CANVAS_ID, DropIndexContext } from './dnd';
import { ExampleButton } from './ExampleButton';

/** The card being built: its header (select it to edit the card) and its blocks, in order. */
export function Canvas() {
  const { t } = useTranslation('designer');
  const ids = useDesigner((state) => state.doc.elementIds);
  const title = useDesigner((state) => state.doc.card.header?.title?.content);
  const template = useDesigner((state) => state.doc.card.header?.template);
  const cardSelected = useDesigner((state) => state.selectedId === null);
  const dropIndex = useContext(DropIndexContext);
  const { setNodeRef, isOver } = useDroppable({ id: CANVAS_ID });
  const tone = isOneOf(HEADER_TEMPLATES, template) ? template : 'custom';

  return (
    <section className="dz-canvas" aria-label={t('canvas.label')}>
      <div className={`dz-card${isOver && dropIndex !== null ? ' is-drop-target' : ''}`}>
        <button
          type="button"
          className={`dz-card__header dz-tone--${tone}${cardSelected ? ' is-selected' : ''}`}
          onClick={() => designerActions().select(null)}
          aria-current={cardSelected ? 'true' : undefined}
          data-canvas-header
        >
          <span className="dz-card__title">
            {typeof title === 'string' && title.trim() !== '' ? title : t('canvas.untitled')}
          </span>
          <span className="dz-card__edit">
            <Pencil size={13} aria-hidden="true" />
            {t('canvas.cardSettings')}
          </span>
        </button>
        <div ref={setNodeRef} className="dz-card__body">
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="dz-blocks" aria-label={t('canvas.blocks')}>
              {ids.map((id, index) => (
                <CanvasBlock
                  key={id}
                  id={id}
                  index={index}
                  count={ids.length}
                  dropBefore={dropIndex === index}
                />
              ))}
            </ol>
          </SortableContext>
          {dropIndex !== null && dropIndex >= ids.length && ids.length > 0 ? (
            <div className="dz-drop-line" aria-hidden="true" />
          ) : null}
          {ids.length === 0 ? (
            <div className={`dz-empty${dropIndex !== null ? ' is-active' : ''}`}>
              <LayoutTemplate size={28} aria-hidden="true" />
              <p className="dz-empty__title">{t('canvas.emptyTitle')}</p>
              <p className="dz-empty__text">{t('canvas.emptyText')}</p>
              <ExampleButton />
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
