import { useState, type ReactNode } from 'react';
import { TextInput } from '../../../ui/TextInput';
import { lazyComponent } from '../../../ui/lazyComponent';
import { Field } from '../../../ui/Field';
import { FixButton } from './FixButton';
import { InspectorFieldsMenu } from './InspectorFieldsMenu';
import { useFieldMessages } from './useFieldMessages';

const FieldMarks = lazyComponent(() => import('./FieldMarks').then((module) => module.FieldMarks));

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The JSON pointer of the value, to show its issues here and to be found from the list. */
  pointer: string;
  hint?: ReactNode;
  placeholder?: string;
  type?: 'text' | 'url';
  /** A message of the field's own, e.g. a JSON parse error, shown as an error. */
  localError?: string;
  /**
   * The field may hold `{{field}}` placeholders (docs/personal.md): with a list loaded in
   * compose, the Fields menu beside it inserts one; the text is the field's name for the menu.
   */
  fieldsMenu?: string;
}

/**
 * A one-line field whose issues from `validateMessage` show right under it as you type, with
 * the one-step fix of an issue that has one.
 */
export function TextField({
  label,
  value,
  onChange,
  pointer,
  hint,
  placeholder,
  type = 'text',
  localError,
  fieldsMenu,
}: TextFieldProps) {
  const { error, warning, fix, touch } = useFieldMessages(pointer, value);
  // The input, for the fix's focus and for the marks drawn over it.
  const [element, setElement] = useState<HTMLInputElement | null>(null);
  return (
    <Field
      label={label}
      hint={warning ?? hint}
      error={localError ?? error}
      action={fix ? <FixButton issue={fix} onFixed={() => element?.focus()} /> : null}
    >
      {({ id, describedBy, invalid }) => (
        <>
          <div className="ui-highlighted">
            <TextInput
              ref={setElement}
              id={id}
              type={type}
              value={value}
              placeholder={placeholder}
              onChange={(event) => {
                touch();
                onChange(event.target.value);
              }}
              onBlur={touch}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              data-pointer={pointer}
              spellCheck={type === 'url' ? false : undefined}
            />
            {element && value.includes('{{') ? <FieldMarks input={element} value={value} /> : null}
          </div>
          {fieldsMenu ? (
            <InspectorFieldsMenu
              targetId={id}
              value={value}
              onChange={(next) => {
                touch();
                onChange(next);
              }}
              target={fieldsMenu}
            />
          ) : null}
        </>
      )}
    </Field>
  );
}
