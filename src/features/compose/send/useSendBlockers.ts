import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('compose');
  const blockers: string[] = [];
  if (offline) blockers.push(t('blockers.offline'));
  if (errors > 0) blockers.push(t('blockers.message', { count: errors }));
  if (!audience.ok) {
    blockers.push(t(`blockers.${audience.block}`, { count: malformed, phrase }));
  }
  return blockers;
}
