import { localizeReason } from '../../api/serverReason';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Batch, MessageSummary } from '../../api/schemas';
import { summarizeRecipients } from '../../api/summarizeRecipients';
import { Badge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/formatDateTime';
import { GroupName } from './GroupName';

const TONES = {
  pending: 'primary',
  sent: 'success',
  failed: 'danger',
  unknown: 'warning',
  cancelled: 'neutral',
} as const;

/**
 * Upstream requests of a send (a page of them): their recipients, status, request id and
 * Mind's answer; `count`: how many the send has in all; `audience`: the send's, which names
 * the recipients of a batch without a list (every subscriber, or a group).
 */
export function BatchTable({
  batches,
  count,
  audience,
}: {
  batches: Batch[];
  count: number;
  audience: MessageSummary['audience'];
}) {
  const { t, i18n } = useTranslation('history');
  return (
    // Focusable, so the keyboard can scroll the table sideways on a narrow screen.
    <div
      className="hs-table-wrap"
      role="region"
      tabIndex={0}
      aria-label={t('batches.caption', { count })}
    >
      <table className="hs-table hs-batches" data-testid="batch-table">
        <caption className="hs-caption">{t('batches.caption', { count })}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('batches.recipients')}</th>
            <th scope="col">{t('batches.status')}</th>
            <th scope="col">{t('batches.requestId')}</th>
            <th scope="col">{t('batches.code')}</th>
            <th scope="col">{t('batches.msg')}</th>
            <th scope="col">{t('batches.attempts')}</th>
            <th scope="col">{t('batches.time')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.index} data-testid="batch-row">
              <td>{batch.index + 1}</td>
              <td data-testid="batch-recipients">
                <BatchRecipients batch={batch} audience={audience} />
              </td>
              <td>
                <Badge tone={TONES[batch.status]}>{t(`batchStatus.${batch.status}`)}</Badge>
              </td>
              <td>
                <code className="hs-id" data-testid="request-id">
                  {batch.requestId}
                </code>
              </td>
              <td>{batch.code === null ? '—' : <code>{String(batch.code)}</code>}</td>
              <td className="hs-batches__msg">
                {batch.msg ??
                  (batch.error ? (
                    <span className="hs-muted">{localizeReason(t, batch.error)}</span>
                  ) : (
                    '—'
                  ))}
              </td>
              <td>{batch.attempts}</td>
              <td className="hs-nowrap">
                {formatDateTime(batch.updatedAt, i18n.resolvedLanguage)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BatchRecipients({
  batch,
  audience,
}: {
  batch: Batch;
  audience: MessageSummary['audience'];
}) {
  const { t } = useTranslation('history');
  if (batch.receiveIds !== null) return t('recipients.count', { count: batch.receiveIds.length });
  const summary = summarizeRecipients(audience);
  switch (summary.kind) {
    case 'all':
      return t('recipients.all');
    case 'group':
      return <GroupName id={summary.id} />;
    case 'one':
    case 'many':
      return '—';
  }
}
