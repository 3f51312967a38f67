import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { AlertCircle, AlertTriangle, GripVertical } from 'lucide-react';
import { memo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { blockCommands } from '../blockCommands';
import { focusBlock, focusInspector } from '../focusTarget';
import { kindLabel } from '../kindLabel';
import { elementKind } from '../model/elementKind';
import { designerActions, designerStore, useDesigner } from '../store/useDesignerStore';
import { useElementSeverity } from '../useCardIssues';
import { BlockContent } from './BlockContent';
import { BlockTools } from './BlockTools';
import { KindIcon } from './kindIcons';

export interface CanvasBlockProps {
  id: string;
  index: number;
  count: number;
  /** A palette item would be inserted right before this block. */
  dropBefore: boolean;
}

/**
 * One element of the card on the canvas: select it, drag it, or use its tools and shortcuts.
 * dnd-kit re-renders every sortable item on each step of a drag (its contexts change), so this
 * part stays thin: the slot, its position and the drop line. The block itself is memoised
 * below and re-renders only when its element, selection or drag state changes.
 */
export const CanvasBlock = memo(function CanvasBlock({
  id,
  index,
  count,
  dropBefore,
}: CanvasBlockProps) {
  const sortable = useSortable({ id });
  // Read by the body's key handler only: a ref, so picking a block up does not re-render all
  // hundred bodies (measured: 190 ms from the first move to the chip on a 100-block card).
  const dragging = useRef(false);
  dragging.current = sortable.active !== null;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    sortable;
  return (
    <li
      ref={setNodeRef}
      className="dz-slot"
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-block-id={id}
    >
      {dropBefore ? <div className="dz-drop-line" aria-hidden="true" /> : null}
      <CanvasBlockBody
        id={id}
        index={index}
        count={count}
        dragging={dragging}
        isDragging={sortable.isDragging}
        attributes={attributes}
        listeners={listeners}
        setActivatorNodeRef={setActivatorNodeRef}
      />
    </li>
  );
});

type Sortable = ReturnType<typeof useSortable>;

interface CanvasBlockBodyProps {
  id: string;
  index: number;
  count: number;
  /** Whether some block is being dragged, read when a key is pressed. */
  dragging: RefObject<boolean>;
  /** This block is being dragged. */
  isDragging: boolean;
  attributes: Sortable['attributes'];
  listeners: Sortable['listeners'];
  setActivatorNodeRef: Sortable['setActivatorNodeRef'];
}

const CanvasBlockBody = memo(function CanvasBlockBody({
  id,
  index,
  count,
  dragging,
  isDragging,
  attributes,
  listeners,
  setActivatorNodeRef,
}: CanvasBlockBodyProps) {
  const { t } = useTranslation('designer');
  const element = useDesigner((state) => state.doc.card.elements?.[index]);
  const selected = useDesigner((state) => state.selectedId === id);
  const severity = useElementSeverity(index);
  if (element === undefined) return null;

  const kind = elementKind(element);
  const label = kindLabel(t, element);
  const select = () => designerActions().select(id);

  const handleShortcut = (event: KeyboardEvent): boolean => {
    const commands = blockCommands(t, id);
    const mod = event.ctrlKey || event.metaKey;
    const ids = designerStore.getState().doc.elementIds;
    if (event.altKey && event.key === 'ArrowUp') commands.moveUp();
    else if (event.altKey && event.key === 'ArrowDown') commands.moveDown();
    else if (mod && !event.shiftKey && event.key.toLowerCase() === 'd') commands.duplicate();
    else if (event.key === 'Delete' || event.key === 'Backspace') commands.remove();
    else if (!mod && !event.altKey && event.key === 'ArrowUp') focusBlock(ids[index - 1] ?? null);
    else if (!mod && !event.altKey && event.key === 'ArrowDown' && index < count - 1)
      focusBlock(ids[index + 1] ?? id);
    else if (event.key === 'Enter') {
      select();
      designerActions().showPanel('edit');
      focusInspector();
    } else return false;
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!dragging.current && event.target === event.currentTarget && handleShortcut(event)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    listeners?.onKeyDown?.(event);
  };

  return (
    <div className={`dz-block${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}>
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="dz-block__main"
        data-block-handle
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        onClick={select}
        onFocus={select}
        aria-label={t('block.name', { kind: label, position: index + 1, count })}
        aria-current={selected ? 'true' : undefined}
      >
        <span className="dz-block__grip" aria-hidden="true">
          <GripVertical size={16} />
        </span>
        <span className="dz-block__body">
          <span className="dz-block__kind">
            <KindIcon kind={kind} size={14} />
            {label}
            {severity ? (
              <span className={`dz-block__severity dz-block__severity--${severity}`}>
                {severity === 'error' ? (
                  <AlertCircle size={14} aria-hidden="true" />
                ) : (
                  <AlertTriangle size={14} aria-hidden="true" />
                )}
                <span className="visually-hidden">{t(`block.has.${severity}`)}</span>
              </span>
            ) : null}
          </span>
          <BlockContent element={element} />
        </span>
      </button>
      {/* Only the selected block carries its tools: a hundred sets of tooltips cost too much.
          They are out of the tab order (one stop per block): the keyboard has the same commands
          as shortcuts on the block (read out by its instructions) and in the inspector. */}
      {selected ? (
        <BlockTools
          id={id}
          index={index}
          count={count}
          focusable={false}
          className="dz-block__tools"
        />
      ) : null}
    </div>
  );
});
