import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Tooltip } from './Tooltip';

export interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The accessible name, also shown as the tooltip. */
  label: string;
  icon: ReactNode;
  /** A keyboard shortcut to show in the tooltip, e.g. `Ctrl+Z`. */
  shortcut?: string;
  variant?: 'ghost' | 'secondary';
}

export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, shortcut, variant = 'ghost', className, type = 'button', ...props },
  ref,
) {
  return (
    <Tooltip content={shortcut ? `${label} (${shortcut})` : label}>
      <button
        ref={ref}
        type={type}
        aria-label={label}
        className={['ui-icon-button', `ui-icon-button--${variant}`, className]
          .filter(Boolean)
          .join(' ')}
        {...props}
      >
        <span aria-hidden="true">{icon}</span>
      </button>
    </Tooltip>
  );
});
