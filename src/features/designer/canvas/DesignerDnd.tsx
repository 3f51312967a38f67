import {
  DndContext,
  useSensor,
  useSensors,
  type Announcements,
  type DragCancelEvent,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { createElement } from '../../../work/card/model/createElement';
import { elementKind } from '../../../work/card/model/elementKind';
import { summarizeElement } from '../../../work/card/model/summarizeElement';
import type { ElementKind } from '../../../work/card/model/types';
import { announce } from '../../../work/card/store/announce';
import { rememberCreated } from '../../../work/card/store/createdStore';
import { designerActions, designerStore } from '../../../work/card/store/useDesignerStore';
import { kindLabel } from '../kindLabel';
import { designerCollision } from './collision';
import { autoScroller, scrollerOf } from './autoScroll';
import { isPaletteData, setDropLine, useCanvasDrag } from './dnd';
import { DragChip } from './DragChip';
import { focusBlock } from '../focusTarget';
import { FieldAwarePointerSensor } from './FieldAwarePointerSensor';
import { PromptKeyboardSensor } from './PromptKeyboardSensor';
import {
  gapAt,
  gapFor,
  gapY,
  measureCanvas,
  targetOf,
  withNewBox,
  type CanvasLayout,
  type Point,
} from './dropLine';

/** What the chip shows, and where it starts: the top left corner of what was picked up. */
type Dragged = { kind: ElementKind; label: string; detail?: string; left: number; top: number };

// Sensor options are constants: useSensor memoises on them, and new options would mean new
// listeners for every draggable element, so every element body re-rendered whenever this
// component did (on picking an element up, on each palette drop index, on dropping).
const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 4 } };
const indexOfElement = (id: UniqueIdentifier) =>
  designerStore.getState().doc.elementIds.indexOf(String(id));

/**
 * Arrow keys move the element being dragged one place up or down: the drop line goes to the gap
 * that makes that move, and the chip to the place.
 */
const keyboardStep: KeyboardCoordinateGetter = (event, { active, currentCoordinates }) => {
  const step = event.code === 'ArrowDown' ? 1 : event.code === 'ArrowUp' ? -1 : 0;
  const from = indexOfElement(active);
  const layout = measureCanvas();
  if (!step || from < 0 || !layout) return undefined;
  event.preventDefault();
  const to = targetOf(from, useCanvasDrag.getState().gap) + step;
  if (to < 0 || to >= layout.spans.length) return undefined;
  const gap = gapFor(from, to);
  setDropLine(gap);
  return { x: currentCoordinates.x, y: keyboardY(layout, from, gap) };
};

/** Where on screen a keyboard drag of the element at `from` is: at the line's gap, or home. */
function keyboardY(layout: CanvasLayout, from: number, gap: number | null): number {
  return gap === null ? layout.box.top + (layout.spans[from]?.top ?? 0) : gapY(layout, gap);
}

/** Where the thing a drag began on is: its block on the canvas, else the element pressed. */
function sourceRect(id: UniqueIdentifier, activatorEvent: Event | null): DOMRect | null {
  const block = document.querySelector(`[data-block-id="${CSS.escape(String(id))}"]`);
  if (block) return block.getBoundingClientRect();
  return activatorEvent?.target instanceof Element
    ? activatorEvent.target.getBoundingClientRect()
    : null;
}

/** `data-dragging` on the root while something is dragged: the canvas's hover styles rest. */
function markDragging(on: boolean): void {
  if (on) document.documentElement.dataset.dragging = '';
  else delete document.documentElement.dataset.dragging;
}

const KEYBOARD_OPTIONS: KeyboardSensorOptions = {
  coordinateGetter: keyboardStep,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/** The drag and drop of the palette and the canvas: palette items insert, blocks reorder. */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation('designer');
  const [dragged, setDragged] = useState<Dragged | null>(null);
  // What was last read out while an element is dragged: a move is read once, not on every frame.
  const lastSaid = useRef<string | undefined>(undefined);
  // The canvas as the drag began and where the pointer is, from the pointer events themselves.
  const layout = useRef<CanvasLayout | null>(null);
  const pointer = useRef<Point | null>(null);
  // Where the pointer picked it up, and the chip it carries (moved by its transform, no render).
  const origin = useRef<Point | null>(null);
  const chip = useRef<HTMLDivElement>(null);
  // Stops following the pointer (set while the pointer drags something).
  const stopFollowing = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      stopFollowing.current?.();
      markDragging(false);
    },
    [],
  );
  /** Moves the chip by `by` from where it started. */
  const moveChip = (by: Point) => {
    if (chip.current) chip.current.style.transform = `translate3d(${by.x}px, ${by.y}px, 0)`;
  };
  /**
   * Follows the pointer while it drags the element `id` at `from` (null: the palette's new
   * element): the drop line under it, the chip, the canvas scrolled while it rests near an edge,
   * and where a drop would go, in words. The pointer sensor hands dnd-kit no moves (it would render
   * its context on each one): this is the whole of a move. The listeners go on as the drag begins,
   * not after a render: a quick drag on a busy page can be released before React renders again,
   * and must drop where it was released.
   */
  const followPointer = (
    from: number | null,
    id: UniqueIdentifier,
    kind: string,
    scroller: Element | null,
  ) => {
    // The words of a move, made once: translating on every move costs a frame dearly.
    const outside = t('announce.outside');
    const overNew = t('announce.overNew', { kind });
    const follow = () => {
      const gap = layout.current && pointer.current ? gapAt(layout.current, pointer.current) : null;
      setDropLine(from === null || gapFor(from, targetOf(from, gap)) !== null ? gap : null);
      const said = sayOnce(gap === null ? outside : from === null ? overNew : moved(id));
      if (said) announce(said);
    };
    const scrolling = scroller ? autoScroller(scroller, () => pointer.current) : null;
    const onMove = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
      if (origin.current)
        moveChip({ x: event.clientX - origin.current.x, y: event.clientY - origin.current.y });
      follow();
      scrolling?.nudge();
    };
    // The canvas scrolled while the pointer rests near its edge: it moved on screen, and the
    // gap under the pointer changes. dnd-kit does not hear of it: it would render its context
    // (and every element's DragSource) on each scroll step for a position nothing here reads.
    const stage = layout.current?.stage;
    const onScroll = (event: Event) => {
      const { target } = event;
      if (
        target instanceof Document ||
        (target instanceof Element && stage && target.contains(stage))
      )
        event.stopPropagation();
      if (layout.current) layout.current = withNewBox(layout.current);
      follow();
    };
    // Capture on the window: before dnd-kit's listeners on the document, so the release point is
    // known when it ends the drag.
    window.addEventListener('pointermove', onMove, true);
    window.addEventListener('pointerup', onMove, true);
    window.addEventListener('scroll', onScroll, true);
    stopFollowing.current = () => {
      scrolling?.stop();
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onMove, true);
      window.removeEventListener('scroll', onScroll, true);
      stopFollowing.current = null;
    };
  };
  const sensors = useSensors(
    useSensor(FieldAwarePointerSensor, POINTER_OPTIONS),
    useSensor(PromptKeyboardSensor, KEYBOARD_OPTIONS),
  );

  const ids = () => designerStore.getState().doc.elementIds;
  const elementOf = (id: UniqueIdentifier) =>
    designerStore.getState().doc.card.elements?.[indexOfElement(id)];
  const nameOf = (id: UniqueIdentifier, data: unknown): string =>
    isPaletteData(data) ? t(`kinds.${data.kind}`) : kindLabel(t, elementOf(id));
  const position = (id: UniqueIdentifier) => indexOfElement(id) + 1;
  /** Where the element being dragged would land now. */
  const target = (id: UniqueIdentifier) =>
    targetOf(indexOfElement(id), useCanvasDrag.getState().gap);

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const data = active.data.current;
    // Measured first, while the page is as it was last laid out: once anything changes (the
    // attribute below, the chip), a measurement lays it all out again before the frame does.
    layout.current = measureCanvas();
    const scroller = layout.current ? scrollerOf(layout.current.stage) : null;
    // The drop line measures its gaps as the drag begins, too (DropLine).
    useCanvasDrag.setState({
      dragging: true,
      dragged: isPaletteData(data) ? null : String(active.id),
      gap: null,
    });
    markDragging(true);
    pointer.current =
      activatorEvent instanceof MouseEvent
        ? { x: activatorEvent.clientX, y: activatorEvent.clientY }
        : null;
    origin.current = pointer.current;
    // A keyboard drag has no pointer, and dnd-kit may not have measured the block yet: the chip
    // then starts over what was picked up (the block on the canvas, or the palette item).
    const rect = active.rect.current.initial ?? sourceRect(active.id, activatorEvent);
    const at = {
      left: rect?.left ?? pointer.current?.x ?? 0,
      top: rect?.top ?? pointer.current?.y ?? 0,
    };
    if (isPaletteData(data)) {
      const label = t(`kinds.${data.kind}`);
      setDragged({ kind: data.kind, label, ...at });
      followPointer(null, active.id, label, scroller);
      return;
    }
    const element = elementOf(active.id);
    const label = kindLabel(t, element);
    setDragged({
      kind: elementKind(element),
      label,
      detail: element ? summarizeElement(element) : '',
      ...at,
    });
    if (pointer.current) followPointer(indexOfElement(active.id), active.id, label, scroller);
  };

  // A keyboard move (or a scroll during one): the chip goes to the line, measured now, as the
  // keyboard's coordinates do. dnd-kit reports scrolls during a pointer drag here too: that chip
  // follows the pointer (followPointer).
  const onDragMove = ({ active }: DragMoveEvent) => {
    const from = indexOfElement(active.id);
    const canvas = dragged && byKeyboard() && from >= 0 ? measureCanvas() : null;
    if (canvas)
      moveChip({
        x: 0,
        y: keyboardY(canvas, from, useCanvasDrag.getState().gap) - (dragged?.top ?? 0),
      });
  };

  const reset = () => {
    markDragging(false);
    setDragged(null);
    useCanvasDrag.setState({ dragging: false, dragged: null, gap: null });
    stopFollowing.current?.();
    pointer.current = null;
    origin.current = null;
    layout.current = null;
  };

  /** The gap a drop goes to: under the pointer as it was released, else the keyboard's. */
  const dropGap = (): number | null =>
    pointer.current
      ? layout.current && gapAt(layout.current, pointer.current)
      : useCanvasDrag.getState().gap;

  const onDragEnd = ({ active }: DragEndEvent) => {
    const data = active.data.current;
    const gap = dropGap();
    if (isPaletteData(data)) {
      if (gap !== null) {
        const element = createElement(data.kind);
        const id = designerActions().addElement(element, gap);
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
    } else {
      const from = indexOfElement(active.id);
      const to = targetOf(from, gap);
      if (to !== from) {
        designerActions().moveElement(String(active.id), to);
      }
      // Pressing its handle did not select it (ElementBody): the drop does, wherever it lands.
      designerActions().select(String(active.id));
    }
    reset();
  };

  const onDragCancel = ({ active }: DragCancelEvent) => {
    if (!isPaletteData(active.data.current)) designerActions().select(String(active.id));
    reset();
  };

  /** An element picked up by Space (a palette item cannot be). */
  const byKeyboard = () => pointer.current === null;
  /** Says `text` unless it was the last thing said about this drag. */
  const sayOnce = (text: string): string | undefined => {
    if (text === lastSaid.current) return undefined;
    lastSaid.current = text;
    return text;
  };
  // The sentence for a move, kept while it says the same: dnd-kit asks for it on every pointer
  // move and every step of an auto-scroll, and translating it each time costs a frame dearly.
  const lastMoved = useRef<{
    id: UniqueIdentifier;
    kind: string;
    to: number;
    count: number;
    text: string;
  }>(undefined);
  const moved = (id: UniqueIdentifier) => {
    const to = target(id);
    const count = ids().length;
    const last = lastMoved.current?.id === id ? lastMoved.current : undefined;
    if (last && last.to === to && last.count === count) return last.text;
    const kind = last?.kind ?? nameOf(id, null);
    const text = t('announce.moved', { kind, position: to + 1, count });
    lastMoved.current = { id, kind, to, count, text };
    return text;
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      if (isPaletteData(active.data.current)) {
        lastSaid.current = undefined;
        return t('announce.pickedNew', { kind: nameOf(active.id, active.data.current) });
      }
      // Staying where it was picked up is not a move to read out.
      lastMoved.current = undefined;
      lastSaid.current = moved(active.id);
      return t('announce.picked', {
        kind: nameOf(active.id, null),
        position: position(active.id),
        count: ids().length,
      });
    },
    // A pointer's moves are read out as it moves (followPointer): dnd-kit hears none. A keyboard
    // move never leaves the card, whatever dnd-kit's `over` (which it works out from a
    // measurement that may not have been taken yet when an arrow key follows the pick-up).
    onDragOver: () => undefined,
    // An arrow key moved the line (the canvas is the one drop target).
    onDragMove: ({ active }) =>
      byKeyboard() && !isPaletteData(active.data.current) ? sayOnce(moved(active.id)) : undefined,
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
      onDragCancel={onDragCancel}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
    >
      {children}
      {dragged ? (
        <div
          ref={chip}
          className="dz-drag-overlay"
          style={{ left: dragged.left, top: dragged.top }}
          aria-hidden="true"
        >
          <DragChip kind={dragged.kind} label={dragged.label} detail={dragged.detail} />
        </div>
      ) : null}
    </DndContext>
  );
}
