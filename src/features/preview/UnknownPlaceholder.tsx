import { CircleHelp } from 'lucide-react';
import type { ReactNode } from 'react';
import './UnknownPlaceholder.css';

/** A muted stand-in for something the preview cannot show, naming what it is. */
export function UnknownPlaceholder({
  children,
  inline = false,
}: {
  children: ReactNode;
  inline?: boolean;
}) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag className={inline ? 'mp-unknown mp-unknown--inline' : 'mp-unknown'} data-unknown="">
      <CircleHelp size={inline ? 12 : 14} aria-hidden="true" className="mp-unknown__icon" />
      <span>{children}</span>
    </Tag>
  );
}
