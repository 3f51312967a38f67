import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { classNames } from './classNames';

export type BannerTone = 'info' | 'warning' | 'error' | 'success' | 'neutral';

export interface BannerProps extends HTMLAttributes<HTMLDivElement> {
  ref?: Ref<HTMLDivElement>;
  tone?: BannerTone;
  /** Shown before the message, hidden from assistive technology. */
  icon?: ReactNode;
  /** A control at the end of the banner (Undo, Retry, a close button). */
  action?: ReactNode;
  /** More under the message's line, e.g. the list of items it speaks of. */
  details?: ReactNode;
}

/**
 * A message across the width of its place. An error is an `alert` (read out at once),
 * anything else a polite `status`; pass `role` to say otherwise.
 */
export function Banner({
  tone = 'info',
  icon,
  action,
  details,
  className,
  children,
  ...props
}: BannerProps) {
  const line = (
    <>
      {icon ? (
        <span className="ui-banner__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <div className="ui-banner__body">{children}</div>
      {action}
    </>
  );
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      {...props}
      className={classNames(
        'ui-banner',
        `ui-banner--${tone}`,
        details !== undefined && 'ui-banner--details',
        className,
      )}
    >
      {details === undefined ? (
        line
      ) : (
        <>
          <div className="ui-banner__line">{line}</div>
          {details}
        </>
      )}
    </div>
  );
}
