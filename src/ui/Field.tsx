import { useId, type HTMLAttributes, type ReactNode } from 'react';

/** The ids a Field gives its control so that its label and messages name it. */
export interface FieldIds {
  id: string;
  /** The label's id, for a group control to name itself with `aria-labelledby`. */
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export interface FieldProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** A control that acts on the value, e.g. a one-step fix, shown under the messages. */
  action?: ReactNode;
  /**
   * The control is a group (radios, a segmented control, an editor with its own label): the
   * label is text with an id for `aria-labelledby` instead of a `<label for>`.
   */
  group?: boolean;
  /** Beside the label, at the end of its line: a character count, a link, a few actions. */
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
  children,
  className,
  ...props
}: FieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const labelElement = group ? (
    <span id={labelId} className="ui-field__label">
      {label}
    </span>
  ) : (
    <label id={labelId} htmlFor={id} className="ui-field__label">
      {label}
    </label>
  );
  return (
    <div {...props} className={className ? `ui-field ${className}` : 'ui-field'}>
      {aside === undefined ? (
        labelElement
      ) : (
        <div className="ui-field__head">
          {labelElement}
          {aside}
        </div>
      )}
      {children({ id, labelId, describedBy, invalid: Boolean(error) })}
      {hint ? (
        <p id={hintId} className="ui-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      {action}
    </div>
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
