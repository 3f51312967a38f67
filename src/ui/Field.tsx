import { useId, type ReactNode } from 'react';

/** The ids a Field gives its control so that its label and messages name it. */
export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** A control that acts on the value, e.g. a one-step fix, shown under the messages. */
  action?: ReactNode;
  /** Renders the control, given the ids it must use for labelling. */
  children: (ids: FieldIds) => ReactNode;
}

/** A labelled form control with an optional hint and an error announced to screen readers. */
export function Field({ label, hint, error, action, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="ui-field">
      <label htmlFor={id} className="ui-field__label">
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint ? (
        <p id={hintId} className="ui-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="ui-field__error" role="alert">
          {error}
        </p>
      ) : null}
      {action}
    </div>
  );
}
