import { GripVertical } from 'lucide-react';
import type { ElementKind } from '../../../work/card/model/types';
import { KindIcon } from './kindIcons';
import './DragChip.css';

/** What the pointer carries while dragging: the block's kind and a line of its text. */
export function DragChip({
  kind,
  label,
  detail,
}: {
  kind: ElementKind;
  label: string;
  detail?: string;
}) {
  return (
    <div className="dz-drag-chip">
      <GripVertical size={14} aria-hidden="true" />
      <KindIcon kind={kind} />
      <span className="dz-drag-chip__label">{label}</span>
      {detail ? <span className="dz-drag-chip__detail">{detail}</span> : null}
    </div>
  );
}
