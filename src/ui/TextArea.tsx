import type { Ref, TextareaHTMLAttributes } from 'react';
import { classNames } from './classNames';
import { withField, type FieldLabelling } from './fieldControl';

export interface TextAreaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>, FieldLabelling {
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A multi-line text area, labelled by a Field when given a `label`. HighlightedTextarea
 * (text with marked spans) takes the same `ui-textarea` look.
 */
export function TextArea({ label, hint, error, className, ...props }: TextAreaProps) {
  return withField({ label, hint, error }, props, (fromField) => (
    <textarea {...props} {...fromField} className={classNames('ui-textarea', className)} />
  ));
}
