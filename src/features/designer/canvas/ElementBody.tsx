import { AlertCircle, AlertTriangle, GripVertical } from 'lucide-react';
import { memo, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { CardElementView } from '../../preview/CardView';
import { blockCommands } from '../blockCommands';
import { focusBlock, focusInspector } from '../focusTarget';
import { kindLabel } from '../kindLabel';
import { elementKind } from '../../../work/card/model/elementKind';
import { designerActions, designerStore } from '../../../work/card/store/useDesignerStore';
import { useElementSeverity } from '../useCardIssues';
import { BlockTools } from './BlockTools';
import { useCanvasDrag } from './dnd';
import type { DragListeners } from './DragSource';
import { startEditing, useEditingInPlace } from './editInPlace';
import { InPlaceMarkdown } from './InPlaceMarkdown';
import { InPlaceRichText } from './InPlaceRichText';
import { isBlank } from './isBlank';

interface ElementBodyProps {
  id: string;
  index: number;
  count: number;
  element: unknown;
  selected: boolean;
  /** The handle, for dnd-kit (see DragSource). */
  handle: RefObject<HTMLButtonElement | null>;
  /** dnd-kit's activators, set by DragSource, called by the handle. */
  listeners: RefObject<DragListeners>;
}

/** The element as rendered, its handle (select, drag, shortcuts) and, when selected, its tools. */
export const ElementBody = memo(function ElementBody({
  id,
  index,
  count,
  element,
  selected,
  handle,
  listeners,
}: ElementBodyProps) {
  const { t } = useTranslation('designer');
  const severity = useElementSeverity(index);
  const editing = useEditingInPlace({ kind: 'element', id });
  const kind = elementKind(element);
  const label = kindLabel(t, element);
  const select = () => designerActions().select(id);
  const editable = kind === 'markdown' || kind === 'rich_text';

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
    else if (event.key === 'Enter' && editable) {
      select();
      startEditing({ kind: 'element', id });
    } else if (event.key === 'Enter') {
      select();
      designerActions().showPanel('edit');
      focusInspector();
    } else return false;
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const dragging = useCanvasDrag.getState().dragging;
    if (!dragging && event.target === event.currentTarget && handleShortcut(event)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    listeners.current?.onKeyDown?.(event);
  };

  let content;
  if (editing && kind === 'markdown') content = <InPlaceMarkdown id={id} index={index} />;
  else if (editing && kind === 'rich_text') content = <InPlaceRichText id={id} index={index} />;
  else if (isBlank(element)) {
    content = (
      <p className="dz-el__hint" data-hint>
        {t(`hint.${kind === 'rich_text' ? 'rich_text' : 'markdown'}`)}
      </p>
    );
  } else content = <CardElementView element={element} index={index} />;

  return (
    <>
      <div className="dz-el__gutter">
        <button
          ref={handle}
          type="button"
          className="dz-el__handle"
          data-block-handle
          onPointerDown={(event) => listeners.current?.onPointerDown?.(event)}
          onKeyDown={onKeyDown}
          onClick={select}
          // The handle takes focus as it is pressed, and focus selects a block (for the
          // keyboard); a press selects it as it ends instead: by a click, or by the drop or cancel
          // of the drag it began (DesignerDnd). Selecting shows the block's inspector, and for a
          // rich text block that starts an editor: on the press, that work fell in the drag's
          // first frames.
          onFocus={(event) => {
            if (!event.currentTarget.matches(':active')) select();
          }}
          aria-label={t('block.name', { kind: label, position: index + 1, count })}
          // What it is, in the page's language (dnd-kit's own is the English 'draggable').
          aria-roledescription={t('block.role')}
          aria-current={selected ? 'true' : undefined}
        >
          <GripVertical size={16} aria-hidden="true" />
          {severity ? <span className="visually-hidden">{t(`block.has.${severity}`)}</span> : null}
        </button>
        {severity ? (
          <span className={`dz-el__severity dz-el__severity--${severity}`} aria-hidden="true">
            {severity === 'error' ? <AlertCircle size={14} /> : <AlertTriangle size={14} />}
          </span>
        ) : null}
      </div>
      <div
        className="dz-el__content"
        onDoubleClick={
          editable && !editing ? () => startEditing({ kind: 'element', id }) : undefined
        }
      >
        {content}
      </div>
      {/* Only the selected element carries its tools: a hundred sets of tooltips cost too much.
          They are out of the tab order (one stop per element): the keyboard has the same
          commands as shortcuts on the handle (read out by its instructions) and in the inspector. */}
      {selected && !editing ? (
        <BlockTools
          id={id}
          index={index}
          count={count}
          focusable={false}
          className="dz-el__tools"
        />
      ) : null}
    </>
  );
});
