import type { ReactNode } from 'react';

/** A friendly empty state: an icon, a title and a sentence of what will be here. */
export function Placeholder({
  icon,
  title,
  children,
}: {
  icon: ReactNode;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="ui-placeholder">
      <div className="ui-placeholder__icon" aria-hidden="true">
        {icon}
      </div>
      <h2 className="ui-placeholder__title">{title}</h2>
      {children ? <div className="ui-placeholder__text">{children}</div> : null}
    </div>
  );
}
