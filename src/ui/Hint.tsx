import type { ReactNode } from 'react';

/** A quiet line of help under a control or a section; `inline` within a line of text. */
export function Hint({
  id,
  inline = false,
  children,
}: {
  id?: string;
  inline?: boolean;
  children: ReactNode;
}) {
  const Element = inline ? 'span' : 'p';
  return (
    <Element id={id} className="ui-hint">
      {children}
    </Element>
  );
}
