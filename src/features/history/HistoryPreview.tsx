import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { messageOptions } from '../../api/messages';
import { MessagePreview } from '../preview/MessagePreview';
import { CollapsiblePreview } from '../../ui/CollapsiblePreview';
import { Banner } from '../../ui/Banner';

/** A past send's message, fetched when its row is opened. */
export function HistoryPreview({ id }: { id: string }) {
  const { t } = useTranslation('history');
  const detail = useQuery(messageOptions(id));
  if (detail.isPending) return <p className="hs-muted">{t('loading')}</p>;
  if (detail.isError)
    return <Banner tone="error">{t('loadFailed', { message: detail.error.message })}</Banner>;
  return (
    <CollapsiblePreview maxHeight={240}>
      <MessagePreview
        message={{ msg_type: detail.data.msgType, content: detail.data.content }}
        // When it reaches (or was to reach) people: a scheduled send's time, not when it was made.
        time={detail.data.sendAt ?? detail.data.createdAt}
      />
    </CollapsiblePreview>
  );
}
