import { useId } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { createElement } from '../../../work/card/model/createElement';
import { PALETTE_KINDS, type PaletteKind } from '../../../work/card/model/types';
import { announce } from '../../../work/card/store/announce';
import { rememberCreated } from '../../../work/card/store/createdStore';
import { designerActions, designerStore } from '../../../work/card/store/useDesignerStore';
import { PaletteItem } from './PaletteItem';
import './Palette.css';

/** The blocks a card is built from: drag one onto the canvas, or click it to add it at the end. */
export function Palette() {
  const { t } = useTranslation('designer');
  const hintId = useId();
  const add = (kind: PaletteKind) => {
    const element = createElement(kind);
    rememberCreated(designerActions().addElement(element), element);
    const count = designerStore.getState().doc.elementIds.length;
    announce(t('announce.added', { kind: t(`kinds.${kind}`), position: count, count }));
  };
  return (
    <section className="dz-palette" aria-labelledby={`${hintId}-title`}>
      <h2 id={`${hintId}-title`} className="dz-panel-title">
        {t('palette.title')}
      </h2>
      <p id={hintId} className="visually-hidden">
        {t('palette.hint')}
      </p>
      <ul className="dz-palette__list">
        {PALETTE_KINDS.map((kind) => (
          <li key={kind}>
            <PaletteItem kind={kind} onAdd={() => add(kind)} hintId={hintId} />
          </li>
        ))}
      </ul>
    </section>
  );
}
