import type { SendOutcome } from '../../api/schemas';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Badge } from '../../ui/Badge';

const TONES = {
  scheduled: 'primary',
  cancelled: 'neutral',
  sending: 'primary',
  sent: 'success',
  partial: 'warning',
  failed: 'danger',
  unknown: 'warning',
} as const;

/** A send's outcome as a coloured word; while sending, how far it got. */
export function OutcomeBadge({
  outcome,
  progress,
}: {
  outcome: SendOutcome;
  progress?: { done: number; total: number };
}) {
  const { t } = useTranslation('history');
  return (
    <Badge tone={TONES[outcome]}>
      {outcome === 'sending' && progress
        ? t('outcome.sendingProgress', progress)
        : t(`outcome.${outcome}`)}
    </Badge>
  );
}
