import { Bot, Megaphone, MessagesSquare, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MessageSummary } from '../../api/schemas';
import { summarizeRecipients } from '../../api/summarizeRecipients';
import { GroupName } from './GroupName';

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
      <Target audience={audience} />
    </span>
  );
}

function Target({ audience }: { audience: MessageSummary['audience'] }) {
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
      return <code className="hs-id">{summary.id}</code>;
    case 'many':
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
}
