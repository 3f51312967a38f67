import { useQuery } from '@tanstack/react-query';
import { Bot, Megaphone, MessagesSquare, Repeat, Users } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { groupsOptions } from '../../api/groups';
import type { InboxItem } from '../../api/schemas';
import { Badge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/formatDateTime';
import { CollapsiblePreview } from '../../ui/CollapsiblePreview';
import { MessagePreview } from '../preview/MessagePreview';

const CHANNEL_ICONS = { subscribers: Users, robot: Bot, group: MessagesSquare } as const;

/** Recipients named in an item's head; the rest are counted. */
export const SAMPLE = 3;

/** One message the sandbox accepted, rendered as its recipients would see it. */
export const InboxItemView = memo(function InboxItemView({
  item,
  names,
}: {
  item: InboxItem;
  /** Names the directory knows, by open_id. */
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('inbox');
  const ids = item.receiveIds;
  const time = formatDateTime(item.receivedAt, i18n.resolvedLanguage);
  const groups = useQuery({ ...groupsOptions(), enabled: item.groupId !== null });
  const groupName = groups.data?.groups.find((group) => group.id === item.groupId)?.name;
  const ChannelIcon = CHANNEL_ICONS[item.channel];
  return (
    <li className="ib-item" data-testid="inbox-item">
      <article aria-label={t('item.label', { type: t(`type.${item.msgType}`), time })}>
        <header className="ib-item__head">
          <div className="ib-item__to">
            <span className="ib-item__label">{t('item.to')}</span>
            {item.groupId !== null ? (
              <span className="ib-person" data-testid="inbox-group">
                <span className="ib-person__name">{groupName ?? t('item.group')}</span>
                <code className="ib-person__id">{item.groupId}</code>
              </span>
            ) : ids === null ? (
              <span className="ib-everyone">
                <Megaphone size={13} aria-hidden="true" /> {t('item.everyone')}
              </span>
            ) : (
              <span className="ib-item__ids">
                {ids.slice(0, SAMPLE).map((id) => {
                  const name = names.get(id);
                  return name ? (
                    <span key={id} className="ib-person" title={id}>
                      <span className="ib-person__name">{name}</span>
                      <code className="ib-person__id">{id}</code>
                    </span>
                  ) : (
                    <code key={id}>{id}</code>
                  );
                })}
                {ids.length > SAMPLE ? (
                  <span className="ib-muted">{t('item.more', { count: ids.length - SAMPLE })}</span>
                ) : null}
              </span>
            )}
          </div>
          <div className="ib-item__meta">
            <Badge>
              <ChannelIcon size={12} aria-hidden="true" /> {t(`channel.${item.channel}`)}
            </Badge>
            <Badge>{t(`type.${item.msgType}`)}</Badge>
            {ids !== null ? (
              <Badge tone="primary">{t('item.people', { count: ids.length })}</Badge>
            ) : null}
            {item.deliveries > 1 ? (
              <Badge tone="warning">
                <Repeat size={12} aria-hidden="true" />{' '}
                {t('item.deliveries', { count: item.deliveries })}
              </Badge>
            ) : null}
            <time dateTime={item.receivedAt} className="ib-muted">
              {time}
            </time>
          </div>
        </header>
        <CollapsiblePreview maxHeight={320}>
          <MessagePreview
            message={{
              msg_type: item.msgType,
              content: item.message.content,
              articles: item.message.articles,
            }}
            time={item.receivedAt}
          />
        </CollapsiblePreview>
        <p className="ib-item__request">
          {t('item.requestId')} <code>{item.requestId}</code>
        </p>
      </article>
    </li>
  );
});
