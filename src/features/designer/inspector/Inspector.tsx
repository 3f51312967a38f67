import { ChevronLeft } from 'lucide-react';
import { Suspense } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { BlockTools } from '../canvas/BlockTools';
import { KindIcon } from '../canvas/kindIcons';
import { kindLabel } from '../kindLabel';
import { elementKind } from '../../../work/card/model/elementKind';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { CardInspector } from './CardInspector';
import { LazyBlockInspector } from './lazyBlockInspector';
import './Inspector.css';

/** The settings of what is selected: the card itself, or one block. */
export function Inspector() {
  const { t } = useTranslation('designer');
  const selectedId = useDesigner((state) => state.selectedId);
  const index = useDesigner((state) =>
    state.selectedId === null ? -1 : state.doc.elementIds.indexOf(state.selectedId),
  );
  const count = useDesigner((state) => state.doc.elementIds.length);
  // The kind and name only, not the element: typing in a field must not re-render the heading.
  const kind = useDesigner((state) => {
    const current = index < 0 ? undefined : state.doc.card.elements?.[index];
    return current === undefined ? null : elementKind(current);
  });
  const label = useDesigner((state) => {
    const current = index < 0 ? undefined : state.doc.card.elements?.[index];
    return current === undefined ? '' : kindLabel(t, current);
  });

  return (
    <section className="dz-inspector" aria-labelledby="dz-inspector-title" data-designer-inspector>
      <div className="dz-inspector__head">
        {selectedId !== null && kind !== null ? (
          <>
            <button
              type="button"
              className="dz-back"
              onClick={() => designerActions().select(null)}
            >
              <ChevronLeft size={14} aria-hidden="true" />
              {t('inspector.backToCard')}
            </button>
            <h2 id="dz-inspector-title" className="dz-panel-title">
              <KindIcon kind={kind ?? 'unknown'} />
              <span className="dz-inspector__kind">{label}</span>
              <span className="dz-inspector__position">
                {t('inspector.position', { position: index + 1, count })}
              </span>
            </h2>
            <BlockTools
              id={selectedId}
              index={index}
              count={count}
              className="dz-inspector__tools"
            />
          </>
        ) : (
          <h2 id="dz-inspector-title" className="dz-panel-title">
            {t('inspector.cardTitle')}
          </h2>
        )}
      </div>
      <div className="dz-inspector__body" data-inspector-body>
        {selectedId === null || kind === null ? <CardInspector /> : null}
        {selectedId !== null && kind !== null ? (
          <Suspense fallback={null}>
            <LazyBlockInspector key={selectedId} kind={kind} id={selectedId} index={index} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
