import { ArrowDown, ArrowUp, ExternalLink, MousePointerClick, Trash2 } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { BUTTON_ACTION_PLATFORMS, BUTTON_TEMPLATES, isOneOf, type CardButton } from '../../../mind';
import { Field } from '../../../ui/Field';
import { IconButton } from '../../../ui/IconButton';
import { SegmentedControl } from '../../../ui/SegmentedControl';
import { designerActions } from '../../../work/card/store/useDesignerStore';
import { JsonValueField } from './JsonValueField';
import { TextField } from './TextField';
import { useFieldMessages } from './useFieldMessages';
import './ButtonEditor.css';

export interface ButtonEditorProps {
  id: string;
  index: number;
  count: number;
  button: CardButton;
  /** Picked on the canvas: marked, and scrolled into view. */
  picked?: boolean;
  /** The button's JSON pointer, e.g. `/content/elements/2/action/0`. */
  pointer: string;
  /** After the button moved to position `to`, for the row to keep focus on it. */
  onMoved: (to: number) => void;
  onRemove: () => void;
}

function Choice({
  label,
  value,
  options,
  onChange,
  pointer,
  hint,
}: {
  label: string;
  value: string;
  options: { value: string; label: string; icon?: ReactNode }[];
  onChange: (value: string) => void;
  pointer: string;
  hint?: string;
}) {
  const { error, warning } = useFieldMessages(pointer);
  return (
    <Field label={label} hint={warning ?? hint} error={error} group>
      {({ labelId, describedBy }) => (
        <SegmentedControl
          className="dz-segmented"
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          value={value}
          onChange={onChange}
          options={options}
          data-pointer={pointer}
        />
      )}
    </Field>
  );
}

/** The platform choice's value for a button without `action_platform`. */
const PLATFORM_NOT_SET = '';

/** One button: its label, what it does (open a link or send an event) and its style. */
export function ButtonEditor({
  id,
  index,
  count,
  button,
  picked = false,
  pointer,
  onMoved,
  onRemove,
}: ButtonEditorProps) {
  const { t } = useTranslation('designer');
  const root = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (picked) root.current?.scrollIntoView?.({ block: 'nearest' });
  }, [picked]);
  const actions = designerActions();
  const kind = typeof button.type === 'string' ? button.type : '';
  const template = typeof button.template === 'string' ? button.template : '';
  const templates = [
    ...BUTTON_TEMPLATES,
    ...(template && !isOneOf(BUTTON_TEMPLATES, template) ? [template] : []),
  ];
  const platform = typeof button.action_platform === 'string' ? button.action_platform : undefined;
  const platforms = [
    ...BUTTON_ACTION_PLATFORMS,
    ...(platform && !isOneOf(BUTTON_ACTION_PLATFORMS, platform) ? [platform] : []),
  ];
  const label = button.text?.content;
  return (
    <fieldset
      ref={root}
      className={`dz-button-editor${picked ? ' is-selected' : ''}`}
      data-pointer={pointer}
    >
      <legend className="dz-button-editor__legend">
        {t('buttons.button', { position: index + 1 })}
      </legend>
      <div className="dz-button-editor__tools">
        <IconButton
          label={t('buttons.moveUp', { position: index + 1 })}
          icon={<ArrowUp size={15} />}
          disabled={index === 0}
          data-control="up"
          onClick={() => {
            actions.moveButton(id, index, index - 1);
            onMoved(index - 1);
          }}
        />
        <IconButton
          label={t('buttons.moveDown', { position: index + 1 })}
          icon={<ArrowDown size={15} />}
          disabled={index === count - 1}
          data-control="down"
          onClick={() => {
            actions.moveButton(id, index, index + 1);
            onMoved(index + 1);
          }}
        />
        <IconButton
          label={t('buttons.remove', { position: index + 1 })}
          icon={<Trash2 size={15} />}
          className="dz-danger"
          data-control="remove"
          onClick={onRemove}
        />
      </div>
      <TextField
        label={t('buttons.label')}
        value={typeof label === 'string' ? label : ''}
        onChange={(value) => actions.setButtonLabel(id, index, value)}
        pointer={`${pointer}/text/content`}
        fieldsMenu={t('buttons.fieldsTarget', {
          field: t('buttons.label'),
          position: index + 1,
        })}
      />
      <Choice
        label={t('buttons.kind')}
        value={kind}
        onChange={(value) => actions.setButtonKind(id, index, value === 'click' ? 'click' : 'view')}
        pointer={`${pointer}/type`}
        options={[
          {
            value: 'view',
            label: t('buttons.view'),
            icon: <ExternalLink size={14} aria-hidden="true" />,
          },
          {
            value: 'click',
            label: t('buttons.click'),
            icon: <MousePointerClick size={14} aria-hidden="true" />,
          },
          ...(kind && kind !== 'view' && kind !== 'click' ? [{ value: kind, label: kind }] : []),
        ]}
      />
      {kind === 'view' ? (
        <TextField
          label={t('buttons.url')}
          type="url"
          value={typeof button.url === 'string' ? button.url : ''}
          onChange={(value) => actions.setButtonUrl(id, index, value)}
          pointer={`${pointer}/url`}
          placeholder="https://"
          hint={t('buttons.urlHint')}
          fieldsMenu={t('buttons.fieldsTarget', { field: t('buttons.url'), position: index + 1 })}
        />
      ) : null}
      {kind === 'click' ? (
        <>
          <TextField
            label={t('buttons.event')}
            value={typeof button.event === 'string' ? button.event : ''}
            onChange={(value) => actions.setButtonEvent(id, index, value)}
            pointer={`${pointer}/event`}
            placeholder="mind.message.event.guide"
            hint={t('buttons.eventHint')}
          />
          <JsonValueField
            value={button.value}
            onChange={(value) => actions.setButtonValue(id, index, value)}
            pointer={`${pointer}/value`}
            fieldsMenu={t('buttons.fieldsTarget', {
              field: t('buttons.value'),
              position: index + 1,
            })}
          />
        </>
      ) : null}
      <Choice
        label={t('buttons.style')}
        value={template}
        onChange={(value) => actions.setButtonTemplate(id, index, value)}
        pointer={`${pointer}/template`}
        options={templates.map((value) => ({
          value,
          label: isOneOf(BUTTON_TEMPLATES, value) ? t(`buttons.templates.${value}`) : value,
        }))}
      />
      <Choice
        label={t('buttons.platform')}
        value={platform ?? PLATFORM_NOT_SET}
        onChange={(value) =>
          actions.setButtonPlatform(id, index, value === PLATFORM_NOT_SET ? undefined : value)
        }
        pointer={`${pointer}/action_platform`}
        hint={t('buttons.platformHint')}
        options={[
          { value: PLATFORM_NOT_SET, label: t('buttons.platforms.notSet') },
          ...platforms.map((value) => ({
            value,
            label: isOneOf(BUTTON_ACTION_PLATFORMS, value)
              ? t(`buttons.platforms.${value}`)
              : value,
          })),
        ]}
      />
    </fieldset>
  );
}
