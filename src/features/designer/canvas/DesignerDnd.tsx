import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createElement } from '../model/createElement';
import { elementKind } from '../model/elementKind';
import { summarizeElement } from '../model/summarizeElement';
import type { ElementKind } from '../model/types';
import { announce } from '../store/announce';
import { designerActions, designerStore } from '../store/useDesignerStore';
import { kindLabel } from '../kindLabel';
import { useNewElementTexts } from '../useNewElementTexts';
import { designerCollision } from './collision';
import { CANVAS_ID, DropIndexContext, isPaletteData } from './dnd';
import { DragChip } from './DragChip';
import { focusBlock } from '../focusTarget';
import { FieldAwarePointerSensor } from './FieldAwarePointerSensor';

type Dragged = { kind: ElementKind; label: string; detail?: string };

/** Where the pointer is, from the event that started the drag and how far it has moved. */
function pointerY(event: DragMoveEvent): number | null {
  const start = event.activatorEvent;
  if (!(start instanceof PointerEvent || start instanceof MouseEvent)) return null;
  return start.clientY + event.delta.y;
}

/** The drag and drop of the palette and the canvas: palette items insert, blocks reorder. */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation('designer');
  const texts = useNewElementTexts();
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  // dnd-kit reports the block as over itself when picked up: that is not a move to announce.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const sensors = useSensors(
    useSensor(FieldAwarePointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const ids = () => designerStore.getState().doc.elementIds;
  const elementOf = (id: UniqueIdentifier) => {
    const { doc } = designerStore.getState();
    return doc.card.elements?.[doc.elementIds.indexOf(String(id))];
  };
  const nameOf = (id: UniqueIdentifier, data: unknown): string =>
    isPaletteData(data) ? t(`kinds.${data.kind}`) : kindLabel(t, elementOf(id));
  const position = (id: UniqueIdentifier) => ids().indexOf(String(id)) + 1;

  const onDragStart = ({ active }: DragStartEvent) => {
    const data = active.data.current;
    if (isPaletteData(data)) {
      setDragged({ kind: data.kind, label: t(`kinds.${data.kind}`) });
      return;
    }
    const element = elementOf(active.id);
    setDragged({
      kind: elementKind(element),
      label: kindLabel(t, element),
      detail: element ? summarizeElement(element) : '',
    });
  };

  const onDragMove = (event: DragMoveEvent) => {
    if (!isPaletteData(event.active.data.current)) return;
    const { over } = event;
    let next: number | null = null;
    if (over?.id === CANVAS_ID) {
      next = ids().length;
    } else if (over) {
      const index = ids().indexOf(String(over.id));
      const y = pointerY(event);
      const after = y !== null && y > over.rect.top + over.rect.height / 2;
      next = index < 0 ? null : index + (after ? 1 : 0);
    }
    if (next !== dropIndex) setDropIndex(next);
  };

  const reset = () => {
    setDragged(null);
    setDropIndex(null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const data = active.data.current;
    if (isPaletteData(data)) {
      if (dropIndex !== null && over) {
        const id = designerActions().addElement(createElement(data.kind, texts), dropIndex);
        announce(
          t('announce.added', {
            kind: t(`kinds.${data.kind}`),
            position: position(id),
            count: ids().length,
          }),
        );
        focusBlock(id);
      } else {
        announce(t('announce.notAdded'));
      }
    } else if (over && over.id !== active.id && over.id !== CANVAS_ID) {
      designerActions().moveElement(String(active.id), ids().indexOf(String(over.id)));
      designerActions().select(String(active.id));
    }
    reset();
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return isPaletteData(active.data.current)
        ? t('announce.pickedNew', { kind: nameOf(active.id, active.data.current) })
        : t('announce.picked', {
            kind: nameOf(active.id, null),
            position: position(active.id),
            count: ids().length,
          });
    },
    onDragOver: ({ active, over }) => {
      const previous = lastOver.current;
      lastOver.current = over?.id ?? null;
      if (over && over.id === previous) return undefined;
      if (isPaletteData(active.data.current)) {
        return over
          ? t('announce.overNew', { kind: nameOf(active.id, active.data.current) })
          : t('announce.outside');
      }
      if (!over || over.id === CANVAS_ID) return t('announce.outside');
      return t('announce.moved', {
        kind: nameOf(active.id, null),
        position: position(over.id),
        count: ids().length,
      });
    },
    // dnd-kit calls this after onDragEnd above, so the block is already in its new place.
    // A palette drop is announced by onDragEnd itself, once the block exists.
    onDragEnd: ({ active }) =>
      isPaletteData(active.data.current)
        ? undefined
        : t('announce.dropped', {
            kind: nameOf(active.id, null),
            position: position(active.id),
            count: ids().length,
          }),
    onDragCancel: ({ active }) =>
      isPaletteData(active.data.current)
        ? t('announce.notAdded')
        : t('announce.cancelled', {
            kind: nameOf(active.id, null),
            position: position(active.id),
            count: ids().length,
          }),
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={designerCollision}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={reset}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
    >
      <DropIndexContext.Provider value={dropIndex}>{children}</DropIndexContext.Provider>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <DragChip kind={dragged.kind} label={dragged.label} detail={dragged.detail} />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
