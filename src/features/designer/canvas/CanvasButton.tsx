import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { BUTTON_TEMPLATES, isOneOf, isPlainObject } from '../../../mind';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { startEditing, stopEditing, stopEditingAndFocus, useEditingInPlace } from './editInPlace';
import { InPlaceText } from './InPlaceText';

/**
 * A button of a button row as rendered: a click selects it (and, as in the preview, shows what
 * it would do, without opening links); double-click or Enter edits its label in place.
 */
export function CanvasButton({
  elementIndex,
  buttonIndex,
  children,
}: {
  elementIndex: number;
  buttonIndex: number;
  children: ReactNode;
}) {
  const { t } = useTranslation('designer');
  const id = useDesigner((state) => state.doc.elementIds[elementIndex]) ?? '';
  const selected = useDesigner(
    (state) => state.selectedId === id && state.selectedButton === buttonIndex,
  );
  const button = useDesigner((state) => {
    const action: unknown = state.doc.card.elements?.[elementIndex]?.action;
    return Array.isArray(action) ? (action[buttonIndex] as unknown) : undefined;
  });
  const editing = useEditingInPlace({ kind: 'button', id, index: buttonIndex });
  const select = () => designerActions().selectButton(id, buttonIndex);
  const edit = () => {
    select();
    startEditing({ kind: 'button', id, index: buttonIndex });
  };

  if (editing && isPlainObject(button)) {
    const text = isPlainObject(button.text) ? button.text.content : undefined;
    const template = isOneOf(BUTTON_TEMPLATES, button.template) ? button.template : 'default';
    return (
      <InPlaceText
        className={`mp-btn mp-btn--${template} dz-in-place--button`}
        label={t('buttons.label')}
        placeholder={t('hint.button')}
        value={typeof text === 'string' ? text : ''}
        onChange={(value) => designerActions().setButtonLabel(id, buttonIndex, value)}
        onDone={(refocus) =>
          refocus
            ? stopEditingAndFocus(`[data-block-id="${id}"] [data-button-slot="${buttonIndex}"] > *`)
            : stopEditing()
        }
      />
    );
  }

  const onClickCapture = (event: MouseEvent) => {
    // The canvas never opens links: a click is for selecting.
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    event.stopPropagation();
    select();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      event.stopPropagation();
      edit();
    }
  };
  return (
    <span
      className={`dz-btn${selected ? ' is-selected' : ''}`}
      data-button-slot={buttonIndex}
      onClickCapture={onClickCapture}
      onClick={onClick}
      onDoubleClick={edit}
      onKeyDown={onKeyDown}
      onFocus={select}
    >
      {children}
    </span>
  );
}
