import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../lib/i18n/useTranslation';
import { statusOptions } from '../api/status';
import { Badge } from '../ui/Badge';
import { Tooltip } from '../ui/Tooltip';

/** Says whether sends go to the sandbox or to Mind for real. */
export function StatusBadge() {
  const { t } = useTranslation();
  const { data, isError, isPending } = useQuery(statusOptions());
  if (isPending) return null;
  if (isError || !data) {
    return (
      <Tooltip content={t('status.offlineHint')}>
        <span tabIndex={0}>
          <Badge tone="danger">{t('status.offline')}</Badge>
        </span>
      </Tooltip>
    );
  }
  return data.mode === 'sandbox' ? (
    <Tooltip content={t('status.sandboxHint')}>
      <span tabIndex={0} data-testid="status-badge">
        <Badge tone="warning">{t('status.sandbox')}</Badge>
      </span>
    </Tooltip>
  ) : (
    <Tooltip content={t('status.liveHint', { appId: data.appId ?? '' })}>
      <span tabIndex={0} data-testid="status-badge">
        <Badge tone="success">{t('status.live')}</Badge>
      </span>
    </Tooltip>
  );
}
