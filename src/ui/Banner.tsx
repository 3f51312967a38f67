import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from './fieldControl';

export type BannerTone = 'info' | 'warning' | 'error' | 'success';

export interface BannerProps extends HTMLAttributes<HTMLDivElement> {
  tone?: BannerTone;
  /** Shown before the message, hidden from assistive technology. */
  icon?: ReactNode;
  /** A control at the end of the banner (Undo, Retry, a close button). */
  action?: ReactNode;
}

/**
 * A message across the width of its place. An error is an `alert` (read out at once),
 * anything else a polite `status`; pass `role` to say otherwise.
 */
export function Banner({
  tone = 'info',
  icon,
  action,
  className,
  children,
  ...props
}: BannerProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      {...props}
      className={classNames('ui-banner', `ui-banner--${tone}`, className)}
    >
      {icon ? (
        <span className="ui-banner__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <div className="ui-banner__body">{children}</div>
      {action}
    </div>
  );
}
