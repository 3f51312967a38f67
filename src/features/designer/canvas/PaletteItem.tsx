import { useDraggable } from '@dnd-kit/core';
import type { PointerEventHandler } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { PaletteKind } from '../../../work/card/model/types';
import { paletteId, type PaletteDragData } from './dnd';
import { KindIcon } from './kindIcons';

export function PaletteItem({
  kind,
  onAdd,
  hintId,
}: {
  kind: PaletteKind;
  onAdd: () => void;
  hintId: string;
}) {
  const { t } = useTranslation('designer');
  const data: PaletteDragData = { source: 'palette', kind };
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: paletteId(kind), data });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`dz-palette__item${isDragging ? ' is-dragging' : ''}`}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onClick={onAdd}
      aria-describedby={hintId}
      data-palette-kind={kind}
    >
      <span className="dz-palette__icon">
        <KindIcon kind={kind} size={18} />
      </span>
      <span className="dz-palette__text">
        <span className="dz-palette__name">{t(`kinds.${kind}`)}</span>
        <span className="visually-hidden">{t(`palette.about.${kind}`)}</span>
      </span>
    </button>
  );
}
