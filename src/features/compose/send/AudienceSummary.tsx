import { Bot, Megaphone, MessagesSquare } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { usePeopleNames } from '../../../api/directory';
import type { Audience } from '../../../api/schemas';
import './send.css';

const SAMPLE = 3;

/**
 * Who a send goes to, in a line or two: a name and id, a count with the first few ids, or
 * everyone; for the robot, which channel too.
 */
export function AudienceSummary({
  audience,
  personName,
  groupName,
  skipped = [],
}: {
  audience: Audience;
  personName?: string | null;
  groupName?: string | null;
  /** People of the list a personal send skips for a missing value. */
  skipped?: readonly string[];
}) {
  const { t } = useTranslation('compose');
  if (audience.kind === 'group') {
    return (
      <span className="cp-summary" data-testid="audience-summary">
        <MessagesSquare size={14} aria-hidden="true" />{' '}
        <strong>
          {groupName ? t('summary.groupNamed', { name: groupName }) : t('summary.group')}{' '}
        </strong>
        <code>{audience.id}</code>
        {audience.confirm === 'ALL' ? (
          <span className="cp-everyone"> {t('summary.groupEveryone')}</span>
        ) : null}
      </span>
    );
  }
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
  return <ListSummary audience={audience} skipped={skipped} />;
}

/**
 * A list's count and its first few ids, each with the name the directory gives it (the ids
 * alone where it knows none, or cannot be reached): the last look before a send.
 */
function ListSummary({
  audience,
  skipped,
}: {
  audience: Extract<Audience, { ids: string[] }>;
  skipped: readonly string[];
}) {
  const { t } = useTranslation('compose');
  const left = new Set(skipped);
  const ids = left.size ? audience.ids.filter((id) => !left.has(id)) : audience.ids;
  const sample = ids.slice(0, SAMPLE);
  const names = usePeopleNames(sample);
  const rest = ids.length - SAMPLE;
  return (
    <span className="cp-summary" data-testid="audience-summary">
      {audience.kind === 'robot' ? <Bot size={14} aria-hidden="true" /> : null}
      <strong>
        {t(audience.kind === 'robot' ? 'summary.robotPeople' : 'summary.people', {
          count: ids.length,
        })}
      </strong>
      {left.size ? (
        <span className="cp-summary__skipped">{t('summary.skipped', { count: left.size })}</span>
      ) : null}
      <span className="cp-summary__ids">
        {sample.map((id) => {
          const name = names.get(id);
          return name ? (
            <span key={id} className="cp-summary__person">
              <span>{name}</span> <code title={id}>{id}</code>
            </span>
          ) : (
            <code key={id}>{id}</code>
          );
        })}
        {rest > 0 ? <span>{t('summary.more', { count: rest })}</span> : null}
      </span>
    </span>
  );
}
