import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { Button } from './Button';
import { copyText } from './copyText';

/** Copies `text` to the clipboard and says "Copied" once it has. */
export function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation('common');
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size="sm"
      icon={copied ? <Check size={14} /> : <Copy size={14} />}
      onClick={() => void copyText(text).then(setCopied)}
    >
      {copied ? t('code.copied') : t('code.copy')}
    </Button>
  );
}
