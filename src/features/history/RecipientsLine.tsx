import { Megaphone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MessageSummary } from '../../api/schemas';
import { summarizeRecipients } from './summarizeRecipients';

/** Who a past send went to, in one line. */
export function RecipientsLine({ audience }: { audience: MessageSummary['audience'] }) {
  const { t } = useTranslation('history');
  const summary = summarizeRecipients(audience);
  if (summary.kind === 'all') {
    return (
      <span className="hs-everyone">
        <Megaphone size={13} aria-hidden="true" /> {t('recipients.all')}
      </span>
    );
  }
  if (summary.kind === 'one') return <code className="hs-id">{summary.id}</code>;
  return (
    <span className="hs-recipients">
      <strong>{t('recipients.count', { count: summary.count })}</strong>{' '}
      <span className="hs-muted">
        <code className="hs-id">{summary.first}</code>{' '}
        {t('recipients.others', { count: summary.others })}
      </span>
    </span>
  );
}
