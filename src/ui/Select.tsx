import type { Ref, SelectHTMLAttributes } from 'react';
import { classNames, fieldControlProps, withField, type FieldLabelling } from './fieldControl';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement>, FieldLabelling {
  ref?: Ref<HTMLSelectElement>;
}

/** A native select (its `<option>`s as children), labelled by a Field when given a `label`. */
export function Select({ label, hint, error, className, ...props }: SelectProps) {
  return withField({ label, hint, error }, (ids) => (
    <select {...props} {...fieldControlProps(ids)} className={classNames('ui-select', className)} />
  ));
}
