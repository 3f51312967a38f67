import type { Ref, SelectHTMLAttributes } from 'react';
import { classNames } from './classNames';
import { withField, type FieldLabelling } from './fieldControl';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement>, FieldLabelling {
  ref?: Ref<HTMLSelectElement>;
}

/** A native select (its `<option>`s as children), labelled by a Field when given a `label`. */
export function Select({ label, hint, error, className, ...props }: SelectProps) {
  return withField({ label, hint, error }, props, (fromField) => (
    <select {...props} {...fromField} className={classNames('ui-select', className)} />
  ));
}
