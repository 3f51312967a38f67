import type { ReactNode } from 'react';
import { Field, type FieldIds } from './Field';

/** What a form control primitive may say about itself; with a `label` it is wrapped in a Field. */
export interface FieldLabelling {
  /** Shown above the control and naming it; without it the control stands alone. */
  label?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** The attributes a control takes from its Field so that the label and messages name it. */
export const fieldControlProps = (ids: FieldIds | undefined) =>
  ids
    ? { id: ids.id, 'aria-describedby': ids.describedBy, 'aria-invalid': ids.invalid || undefined }
    : {};

/** The control alone, or inside a Field when it has a label. */
export const withField = (
  { label, hint, error }: FieldLabelling,
  control: (ids?: FieldIds) => ReactNode,
): ReactNode =>
  label === undefined ? (
    control()
  ) : (
    <Field label={label} hint={hint} error={error}>
      {control}
    </Field>
  );

export const classNames = (...names: (string | false | null | undefined)[]): string =>
  names.filter(Boolean).join(' ');
