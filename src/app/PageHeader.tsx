import type { ReactNode } from 'react';

/** The title row of a page: its heading, a sentence of what it is for, and its actions. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="shell-page-head">
      <div>
        <h1>{title}</h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="shell-page-head__actions">{actions}</div> : null}
    </div>
  );
}
