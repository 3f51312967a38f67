import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from './classNames';

export interface CodeBlockProps extends Omit<HTMLAttributes<HTMLPreElement>, 'children'> {
  code: string;
  /** Names the block, which takes the focus so that the keyboard can scroll it. */
  label: string;
  /** Wrap long lines instead of scrolling sideways. */
  wrap?: boolean;
  /** A control over the block's top corner, e.g. `<CopyButton text={code} />`. */
  action?: ReactNode;
}

/** Code or JSON shown as written, in a scrolling box. */
export function CodeBlock({ code, label, wrap, action, className, ...props }: CodeBlockProps) {
  const block = (
    <pre
      tabIndex={0}
      aria-label={label}
      {...props}
      className={classNames('ui-code-block', wrap && 'ui-code-block--wrap', className)}
    >
      <code>{code}</code>
    </pre>
  );
  return action ? (
    <div className="ui-code-block__frame">
      {block}
      <div className="ui-code-block__action">{action}</div>
    </div>
  ) : (
    block
  );
}
