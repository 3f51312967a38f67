import { Check, Copy } from 'lucide-react';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { copyText } from './copyText';
import { classNames } from './fieldControl';

export interface CodeBlockProps extends Omit<HTMLAttributes<HTMLPreElement>, 'children'> {
  code: string;
  /** Names the block, which takes the focus so that the keyboard can scroll it. */
  label: string;
  /** Wrap long lines instead of scrolling sideways. */
  wrap?: boolean;
  /** Show a Copy button over the block. */
  copyable?: boolean;
}

/** Code or JSON shown as written, in a scrolling box, optionally with a Copy button. */
export function CodeBlock({ code, label, wrap, copyable, className, ...props }: CodeBlockProps) {
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
  return copyable ? (
    <div className="ui-code-block__frame">
      {block}
      <CopyButton text={code} />
    </div>
  ) : (
    block
  );
}

function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation('common');
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size="sm"
      className="ui-code-block__copy"
      icon={copied ? <Check size={14} /> : <Copy size={14} />}
      onClick={() => void copyText(text).then(setCopied)}
    >
      {copied ? t('code.copied') : t('code.copy')}
    </Button>
  );
}
