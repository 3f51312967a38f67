import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { classNames } from './classNames';
import { Hint } from './Hint';

/** The ids a Field gives its control so that its label and messages name it. */
export interface FieldIds {
  id: string;
  /** The label's id, for a group control to name itself with `aria-labelledby`. */
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export interface FieldProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** A control that acts on the value, e.g. a one-step fix, shown under the messages. */
  action?: ReactNode;
  /**
   * The control is a group (radios, a segmented control, an editor with its own label): the
   * label is text with an id for `aria-labelledby` instead of a `<label for>`. `'fieldset'`:
   * the field is a `<fieldset>` and the label its `<legend>` (native radios, several controls).
   */
  group?: boolean | 'fieldset';
  /** The control's id when it must be a known one; otherwise the Field makes one. */
  controlId?: string;
  /** Beside the label, at the end of its line: a character count, a link, a few actions (after
   * a fieldset's legend). */
  aside?: ReactNode;
  /** Renders the control, given the ids it must use for labelling. */
  children: (ids: FieldIds) => ReactNode;
}

/** A labelled form control with an optional hint and an error announced to screen readers. */
export function Field({
  label,
  hint,
  error,
  action,
  group = false,
  aside,
  controlId,
  children,
  className,
  ...props
}: FieldProps) {
  const madeId = useId();
  const id = controlId ?? madeId;
  const labelId = `${id}-label`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const labelElement =
    group === 'fieldset' ? (
      <legend id={labelId} className="ui-field__label">
        {label}
      </legend>
    ) : group ? (
      <span id={labelId} className="ui-field__label">
        {label}
      </span>
    ) : (
      <label id={labelId} htmlFor={id} className="ui-field__label">
        {label}
      </label>
    );
  const Root = group === 'fieldset' ? 'fieldset' : 'div';
  return (
    <Root
      {...props}
      className={classNames('ui-field', group === 'fieldset' && 'ui-field--fieldset', className)}
    >
      {aside === undefined || group === 'fieldset' ? (
        // A legend must be the fieldset's first child, so it is not wrapped with the aside.
        <>
          {labelElement}
          {aside}
        </>
      ) : (
        <div className="ui-field__head">
          {labelElement}
          {aside}
        </div>
      )}
      {children({ id, labelId, describedBy, invalid: Boolean(error) })}
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      {action}
    </Root>
  );
}

/** A field's error, announced at once; for a message under a control that has no Field. */
export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="ui-field__error" role="alert">
      {children}
    </p>
  );
}
