import type { InputHTMLAttributes, Ref } from 'react';
import { classNames } from './classNames';
import { withField, type FieldLabelling } from './fieldControl';

export interface TextInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>, FieldLabelling {
  ref?: Ref<HTMLInputElement>;
}

/** A one-line text input (any text-like `type`), labelled by a Field when given a `label`. */
export function TextInput({ label, hint, error, className, ...props }: TextInputProps) {
  return withField({ label, hint, error }, props, (fromField) => (
    <input {...props} {...fromField} className={classNames('ui-input', className)} />
  ));
}
