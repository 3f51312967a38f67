import { stringifyJson } from '../../../mind';
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Button } from '../../../ui/Button';
import { CodeBlock } from '../../../ui/CodeBlock';
import { IconButton } from '../../../ui/IconButton';
import { isButton } from '../../../work/card/model/buttons';
import { createButton } from '../../../work/card/model/createElement';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { ButtonEditor } from './ButtonEditor';
import { buttonControl, moveControl, type ButtonControl } from './buttonControl';
import { useFieldMessages } from './useFieldMessages';
import { useFocusRequest } from './useFocusRequest';

const NO_ACTIONS: unknown[] = [];

/** A row of buttons: add, remove and reorder them, and edit each one. */
export function ButtonsInspector({ id, index }: { id: string; index: number }) {
  const { t } = useTranslation('designer');
  const actions = useDesigner((state) => state.doc.card.elements?.[index]?.action);
  const list = Array.isArray(actions) ? (actions as unknown[]) : NO_ACTIONS;
  // The button picked on the canvas, if any: its editor is marked and scrolled into view.
  const picked = useDesigner((state) => (state.selectedId === id ? state.selectedButton : null));
  const pointer = `/content/elements/${index}/action`;
  const { warning } = useFieldMessages(pointer);
  const { container, request } = useFocusRequest<HTMLDivElement>();
  /** After a change, focus `control` of the button at `position`, or Add when none is left. */
  const focusButton = (position: number, control: ButtonControl) =>
    request(
      position < 0 ? '[data-control="add"]' : buttonControl(`${pointer}/${position}`, control),
    );
  const remove = (position: number) => {
    designerActions().removeButton(id, position);
    focusButton(list.length === 1 ? -1 : Math.min(position, list.length - 2), 'remove');
  };
  return (
    <div className="dz-form" data-pointer={pointer} ref={container}>
      {list.length === 0 ? <p className="dz-note">{warning ?? t('buttons.none')}</p> : null}
      {list.map((action, position) =>
        isButton(action) ? (
          // Index keys: the editors hold no state that a move could mix up (see JsonValueField).
          <ButtonEditor
            key={position}
            id={id}
            index={position}
            count={list.length}
            button={action}
            picked={picked === position}
            pointer={`${pointer}/${position}`}
            onMoved={(to) => focusButton(to, moveControl(position, to, list.length))}
            onRemove={() => remove(position)}
          />
        ) : (
          <div
            key={position}
            className="dz-button-editor dz-button-editor--unknown"
            data-pointer={`${pointer}/${position}`}
          >
            <p className="dz-note">{t('buttons.unknown')}</p>
            <CodeBlock code={stringifyJson(action, 2)} label={t('unknown.json')} />
            <IconButton
              label={t('buttons.remove', { position: position + 1 })}
              icon={<Trash2 size={15} />}
              data-control="remove"
              onClick={() => remove(position)}
            />
          </div>
        ),
      )}
      <Button
        icon={<Plus size={15} />}
        data-control="add"
        onClick={() => {
          designerActions().addButton(id, createButton(''));
          focusButton(list.length, 'label');
        }}
      >
        {t('buttons.add')}
      </Button>
    </div>
  );
}
