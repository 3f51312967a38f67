import type { ButtonProps } from './Button';

/** The classes of a button of this look, for a button or a link that looks like one. */
export const buttonClassName = ({
  variant = 'secondary',
  size = 'md',
  className,
}: Pick<ButtonProps, 'variant' | 'size' | 'className'>): string =>
  ['ui-button', `ui-button--${variant}`, `ui-button--${size}`, className].filter(Boolean).join(' ');
