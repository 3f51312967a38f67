import { useQuery } from '@tanstack/react-query';
import { Bot, Megaphone, MessagesSquare, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { groupsOptions } from '../../api/groups';
import type { MessageSummary } from '../../api/schemas';
import { summarizeRecipients } from './summarizeRecipients';

const CHANNEL_ICONS = { subscribers: Users, robot: Bot, group: MessagesSquare } as const;

/** Which channel a past send went through and to whom, in one line. */
export function RecipientsLine({
  audience,
  channel,
}: {
  audience: MessageSummary['audience'];
  channel: MessageSummary['channel'];
}) {
  const { t } = useTranslation('history');
  const Icon = CHANNEL_ICONS[channel];
  return (
    <span className="hs-target">
      <span className="hs-channel" data-testid="history-channel">
        <Icon size={13} aria-hidden="true" /> {t(`channel.${channel}`)}
      </span>{' '}
      {channel === 'group' ? (
        <GroupTarget id={audience.sample[0] ?? ''} />
      ) : (
        <PeopleTarget audience={audience} />
      )}
    </span>
  );
}

function GroupTarget({ id }: { id: string }) {
  const groups = useQuery(groupsOptions());
  const name = groups.data?.groups.find((group) => group.id === id)?.name;
  return (
    <span className="hs-recipients">
      {name ? <strong>{name} </strong> : null}
      <code className="hs-id">{id}</code>
    </span>
  );
}

function PeopleTarget({ audience }: { audience: MessageSummary['audience'] }) {
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
