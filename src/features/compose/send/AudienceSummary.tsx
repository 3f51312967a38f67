import { Megaphone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../api/schemas';
import './send.css';

const SAMPLE = 3;

/** Who a send goes to, in a line or two: a name and id, a count with the first few ids, or everyone. */
export function AudienceSummary({
  audience,
  personName,
}: {
  audience: Audience;
  personName?: string | null;
}) {
  const { t } = useTranslation('compose');
  if (audience.kind === 'all') {
    return (
      <span className="cp-everyone">
        <Megaphone size={14} aria-hidden="true" /> {t('summary.everyone')}
      </span>
    );
  }
  if (audience.kind === 'user') {
    return (
      <span className="cp-summary">
        {personName ? <strong>{personName} </strong> : <strong>{t('summary.one')} </strong>}
        <code>{audience.id}</code>
      </span>
    );
  }
  const rest = audience.ids.length - SAMPLE;
  return (
    <span className="cp-summary" data-testid="audience-summary">
      <strong>{t('summary.people', { count: audience.ids.length })}</strong>
      <span className="cp-summary__ids">
        {audience.ids.slice(0, SAMPLE).map((id) => (
          <code key={id}>{id}</code>
        ))}
        {rest > 0 ? <span>{t('summary.more', { count: rest })}</span> : null}
      </span>
    </span>
  );
}
