import { Bot, Megaphone, MessagesSquare, Users } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { MessageSummary } from '../../api/schemas';
import { summarizeRecipients } from '../../api/summarizeRecipients';
import { GroupName } from './GroupName';

const CHANNEL_ICONS = { subscribers: Users, robot: Bot, group: MessagesSquare } as const;

/** Which channel a past send went through and to whom, in one line. */
export function RecipientsLine({
  audience,
  channel,
  name,
}: {
  audience: MessageSummary['audience'];
  channel: MessageSummary['channel'];
  /** The directory's name for its first person (`firstPerson`), where it knows one. */
  name?: string | undefined;
}) {
  const { t } = useTranslation('history');
  const Icon = CHANNEL_ICONS[channel];
  return (
    <span className="hs-target">
      <span className="hs-channel" data-testid="history-channel">
        <Icon size={13} aria-hidden="true" /> {t(`channel.${channel}`)}
      </span>{' '}
      <Target audience={audience} name={name} />
    </span>
  );
}

function Target({
  audience,
  name,
}: {
  audience: MessageSummary['audience'];
  name: string | undefined;
}) {
  const { t } = useTranslation('history');
  const summary = summarizeRecipients(audience);
  switch (summary.kind) {
    case 'all':
      return (
        <span className="hs-everyone">
          <Megaphone size={13} aria-hidden="true" /> {t('recipients.all')}
        </span>
      );
    case 'group':
      return <GroupName id={summary.id} />;
    case 'one':
      return (
        <span className="hs-recipients">
          {name ? <strong>{name} </strong> : null}
          <code className="hs-id">{summary.id}</code>
        </span>
      );
    case 'many':
      return (
        <span className="hs-recipients">
          <strong>{t('recipients.count', { count: summary.count })}</strong>{' '}
          <span className="hs-muted">
            {name ? <span className="hs-name">{name} </span> : null}
            <code className="hs-id">{summary.first}</code>{' '}
            {t('recipients.others', { count: summary.others })}
          </span>
        </span>
      );
  }
}
