import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { buttonClassName } from './buttonClassName';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  icon?: ReactNode;
}

/** A button's leading icon, hidden from assistive technology (the label names the button). */
export const ButtonIcon = ({ icon }: { icon: ReactNode }) =>
  icon ? (
    <span className="ui-button__icon" aria-hidden="true">
      {icon}
    </span>
  ) : null;

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant, size, icon, className, children, type = 'button', ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClassName({ variant, size, className })}
      {...props}
    >
      <ButtonIcon icon={icon} />
      {children}
    </button>
  );
});
