import type { AriaAttributes, ReactNode } from 'react';
import { Field, type FieldIds } from './Field';

/** What a form control primitive may say about itself; with a `label` it is wrapped in a Field. */
export interface FieldLabelling {
  /** Shown above the control and naming it; without it the control stands alone. */
  label?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** What a control may be given that its Field also sets: kept, not overwritten. */
export interface OwnControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: AriaAttributes['aria-invalid'];
}

/**
 * The attributes a control takes from its Field so that the label and messages name it: the
 * caller's own id (the Field's label points to it), description (after the Field's messages)
 * and invalid state are kept; the Field's error makes it invalid.
 */
export const fieldControlProps = (ids: FieldIds, own: OwnControlProps): OwnControlProps => ({
  id: ids.id,
  'aria-describedby':
    [ids.describedBy, own['aria-describedby']].filter(Boolean).join(' ') || undefined,
  'aria-invalid': ids.invalid || own['aria-invalid'],
});

/** The control alone, or inside a Field when it has a label. */
export const withField = (
  { label, hint, error }: FieldLabelling,
  own: OwnControlProps,
  control: (fromField: OwnControlProps) => ReactNode,
): ReactNode =>
  label === undefined ? (
    control({})
  ) : (
    <Field label={label} hint={hint} error={error} controlId={own.id}>
      {(ids) => control(fieldControlProps(ids, own))}
    </Field>
  );
