import type { ReactNode } from 'react';
import { Field } from '../../../ui/Field';
import { useFieldMessages } from './useFieldMessages';

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
}

/** A one-line field whose issues from `validateMessage` show right under it as you type. */
export function TextField({
  label,
  value,
  onChange,
  pointer,
  hint,
  placeholder,
  type = 'text',
  localError,
}: TextFieldProps) {
  const { error, warning } = useFieldMessages(pointer);
  return (
    <Field label={label} hint={warning ?? hint} error={localError ?? error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="ui-input"
          type={type}
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-pointer={pointer}
          spellCheck={type === 'url' ? false : undefined}
        />
      )}
    </Field>
  );
}
