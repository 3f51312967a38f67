import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Link } from 'wouter';
import { ButtonIcon, type ButtonVariant } from './Button';
import { buttonClassName } from './buttonClassName';

export interface ButtonLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An address inside the app; followed without reloading the page. */
  href: string;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  icon?: ReactNode;
}

/** A link to another page of the app that looks like a button ("Send…", "Back to history"). */
export function ButtonLink({
  href,
  variant,
  size,
  icon,
  className,
  children,
  ...props
}: ButtonLinkProps) {
  return (
    <Link href={href} className={buttonClassName({ variant, size, className })} {...props}>
      <ButtonIcon icon={icon} />
      {children}
    </Link>
  );
}
