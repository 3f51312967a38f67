import { Megaphone, Repeat } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../api/schemas';
import { Badge } from '../../ui/Badge';
import { formatDateTime } from '../compose/formatDateTime';
import { CollapsiblePreview } from '../history/CollapsiblePreview';
import { MessagePreview } from '../preview/MessagePreview';

const SAMPLE = 3;

/** One message the sandbox accepted, rendered as its recipients would see it. */
export const InboxItemView = memo(function InboxItemView({ item }: { item: InboxItem }) {
  const { t, i18n } = useTranslation('inbox');
  const ids = item.receiveIds;
  const time = formatDateTime(item.receivedAt, i18n.resolvedLanguage);
  return (
    <li className="ib-item" data-testid="inbox-item">
      <article aria-label={t('item.label', { type: t(`type.${item.msgType}`), time })}>
        <header className="ib-item__head">
          <div className="ib-item__to">
            <span className="ib-item__label">{t('item.to')}</span>
            {ids === null ? (
              <span className="ib-everyone">
                <Megaphone size={13} aria-hidden="true" /> {t('item.everyone')}
              </span>
            ) : (
              <span className="ib-item__ids">
                {ids.slice(0, SAMPLE).map((id) => (
                  <code key={id}>{id}</code>
                ))}
                {ids.length > SAMPLE ? (
                  <span className="ib-muted">{t('item.more', { count: ids.length - SAMPLE })}</span>
                ) : null}
              </span>
            )}
          </div>
          <div className="ib-item__meta">
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
            message={{ msg_type: item.msgType, content: item.message.content }}
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
