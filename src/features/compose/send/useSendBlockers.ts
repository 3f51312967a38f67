import { useTranslation } from '../../../lib/i18n/useTranslation';
import { MAX_RECIPIENTS } from '../../../api/schemas';
import type { AudienceResult } from '../recipients/buildAudience';

/** Why the message cannot be sent yet, one plain sentence per reason. */
export function useSendBlockers({
  errors,
  audience,
  malformed,
  phrase,
  offline,
}: {
  errors: number;
  audience: AudienceResult;
  malformed: number;
  phrase: string;
  offline: boolean;
}): string[] {
  const { t, i18n } = useTranslation('compose');
  const blockers: string[] = [];
  if (offline) blockers.push(t('blockers.offline'));
  if (errors > 0) blockers.push(t('blockers.message', { count: errors }));
  if (!audience.ok) {
    const number = new Intl.NumberFormat(i18n.language);
    blockers.push(
      t(`blockers.${audience.block}`, {
        count: audience.count ?? malformed,
        phrase,
        listed: number.format(audience.count ?? 0),
        most: number.format(MAX_RECIPIENTS),
      }),
    );
  }
  return blockers;
}
