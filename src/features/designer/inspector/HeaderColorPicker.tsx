import { Check } from 'lucide-react';
import { RadioGroup } from 'radix-ui';
import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { HEADER_TEMPLATES, isOneOf } from '../../../mind';
import { Field } from '../../../ui/Field';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { useFieldMessages } from './useFieldMessages';
import './HeaderColorPicker.css';
import { ARROW_STEPS } from '../../../ui/arrowSteps';

const POINTER = '/content/header/template';

/** The five documented header colours as swatches; an unknown imported value is shown and kept. */
export function HeaderColorPicker() {
  const { t } = useTranslation('designer');
  const template = useDesigner((state) => state.doc.card.header?.template);
  const { warning } = useFieldMessages(POINTER);
  const unknown =
    typeof template === 'string' && !isOneOf(HEADER_TEMPLATES, template) ? template : null;
  const values: string[] =
    unknown === null ? [...HEADER_TEMPLATES] : [...HEADER_TEMPLATES, unknown];
  // An arrow key checks the swatch it moves to, in the keydown itself: radix moves the focus in
  // a timer and checks only if the key is still down by then, so a quick key-up (or a busy
  // thread) moved the focus and left the colour as it was (compose's cards: RadioCards).
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = ARROW_STEPS[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    event.stopPropagation();
    const from = Math.max(0, values.indexOf(typeof template === 'string' ? template : ''));
    const next = (from + step + values.length) % values.length;
    const value = values[next];
    if (value === undefined) return;
    designerActions().setHeaderTemplate(value);
    event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus();
  };
  return (
    <Field
      label={t('card.color')}
      group
      hint={
        unknown !== null
          ? (warning ?? t('card.customColorHint', { value: unknown }))
          : t(`colors.${isOneOf(HEADER_TEMPLATES, template) ? template : 'none'}`)
      }
    >
      {({ labelId, describedBy }) => (
        <RadioGroup.Root
          className="dz-swatches"
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          value={typeof template === 'string' ? template : ''}
          onValueChange={(value) => designerActions().setHeaderTemplate(value)}
          orientation="horizontal"
          data-pointer={POINTER}
          onKeyDownCapture={onKeyDownCapture}
        >
          {HEADER_TEMPLATES.map((color) => (
            <RadioGroup.Item
              key={color}
              value={color}
              className={`dz-swatch dz-tone--${color}`}
              aria-label={t(`colors.${color}`)}
            >
              <RadioGroup.Indicator className="dz-swatch__check">
                <Check size={14} aria-hidden="true" />
              </RadioGroup.Indicator>
            </RadioGroup.Item>
          ))}
          {unknown !== null ? (
            <RadioGroup.Item
              value={unknown}
              className="dz-swatch dz-swatch--custom"
              aria-label={t('card.customColor', { value: unknown })}
            >
              <span className="dz-swatch__custom-text">{unknown}</span>
            </RadioGroup.Item>
          ) : null}
        </RadioGroup.Root>
      )}
    </Field>
  );
}
