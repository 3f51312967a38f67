import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createElement } from '../../../work/card/model/createElement';
import { elementKind } from '../../../work/card/model/elementKind';
import { summarizeElement } from '../../../work/card/model/summarizeElement';
import type { ElementKind } from '../../../work/card/model/types';
import { announce } from '../../../work/card/store/announce';
import { rememberCreated } from '../../../work/card/store/createdStore';
import { designerActions, designerStore } from '../../../work/card/store/useDesignerStore';
import { kindLabel } from '../kindLabel';
import { designerCollision } from './collision';
import { CANVAS_ID, DropIndexContext, isPaletteData } from './dnd';
import { DragChip } from './DragChip';
import { focusBlock } from '../focusTarget';
import { FieldAwarePointerSensor } from './FieldAwarePointerSensor';
import { paletteDropIndex, type Point } from './paletteDrop';

type Dragged = { kind: ElementKind; label: string; detail?: string };

// Sensor options are constants: useSensor memoises on them, and new options would mean new
// listeners for every sortable element, so every element body re-rendered whenever this
// component did (on picking an element up, on each palette drop index, on dropping).
const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS: KeyboardSensorOptions = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/** The drag and drop of the palette and the canvas: palette items insert, blocks reorder. */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation('designer');
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  // dnd-kit reports the block as over itself when picked up: that is not a move to announce.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  // Where the pointer is while a palette item is dragged, from the pointer events themselves.
  const pointer = useRef<Point | null>(null);
  const [paletteDrag, setPaletteDrag] = useState(false);
  useEffect(() => {
    if (!paletteDrag) return;
    const onMove = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
      const next = paletteDropIndex(pointer.current);
      setDropIndex((current) => (current === next ? current : next));
    };
    window.addEventListener('pointermove', onMove, true);
    return () => window.removeEventListener('pointermove', onMove, true);
  }, [paletteDrag]);
  const sensors = useSensors(
    useSensor(FieldAwarePointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const ids = () => designerStore.getState().doc.elementIds;
  const elementOf = (id: UniqueIdentifier) => {
    const { doc } = designerStore.getState();
    return doc.card.elements?.[doc.elementIds.indexOf(String(id))];
  };
  const nameOf = (id: UniqueIdentifier, data: unknown): string =>
    isPaletteData(data) ? t(`kinds.${data.kind}`) : kindLabel(t, elementOf(id));
  const position = (id: UniqueIdentifier) => ids().indexOf(String(id)) + 1;

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const data = active.data.current;
    if (isPaletteData(data)) {
      setDragged({ kind: data.kind, label: t(`kinds.${data.kind}`) });
      pointer.current =
        activatorEvent instanceof MouseEvent
          ? { x: activatorEvent.clientX, y: activatorEvent.clientY }
          : null;
      setPaletteDrag(true);
      return;
    }
    const element = elementOf(active.id);
    setDragged({
      kind: elementKind(element),
      label: kindLabel(t, element),
      detail: element ? summarizeElement(element) : '',
    });
  };

  const reset = () => {
    setDragged(null);
    setDropIndex(null);
    setPaletteDrag(false);
    pointer.current = null;
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const data = active.data.current;
    if (isPaletteData(data)) {
      const index = pointer.current ? paletteDropIndex(pointer.current) : null;
      if (index !== null) {
        const element = createElement(data.kind);
        const id = designerActions().addElement(element, index);
        rememberCreated(id, element);
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
