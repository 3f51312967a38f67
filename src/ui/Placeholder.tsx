import type { ReactNode } from 'react';

/** A friendly empty state: an icon, a title and a sentence of what will be here. */
export function Placeholder({
  icon,
  title,
  level = 2,
  children,
}: {
  icon: ReactNode;
  title: ReactNode;
  /** 1 where the placeholder is the whole page (an error page), so the page has its heading. */
  level?: 1 | 2;
  children?: ReactNode;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="ui-placeholder">
      <div className="ui-placeholder__icon" aria-hidden="true">
        {icon}
      </div>
      <Heading className="ui-placeholder__title">{title}</Heading>
      {children ? <div className="ui-placeholder__text">{children}</div> : null}
    </div>
  );
}
