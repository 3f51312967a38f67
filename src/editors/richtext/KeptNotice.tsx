import { Lock } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { KeptPart } from '../../mind/tiptapDoc';

/** Says plainly which loaded parts the editor cannot change, and that they are kept. */
export function KeptNotice({ parts }: { parts: readonly KeptPart[] }) {
  const { t } = useTranslation('richtext');
  if (parts.length === 0) return null;
  const names = parts
    .map((part) => t(part.kind === 'node' ? 'kept.node' : 'kept.mark', { type: part.type }))
    .join(t('kept.separator'));
  return (
    <div className="rt-kept-notice" role="note" data-testid="kept-notice">
      <Lock size={14} aria-hidden="true" className="rt-kept-notice__icon" />
      <p>
        <strong>{t('kept.title')}</strong> {names}. {t('kept.text')}
      </p>
    </div>
  );
}
