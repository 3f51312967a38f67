import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { batchesOptions } from '../../api/messages';
import { BATCH_PAGE_SIZE, type MessageDetail } from '../../api/schemas';
import { Pager } from '../../ui/Pager';
import { BatchTable } from './BatchTable';

/**
 * A send's requests a page at a time: the first page is the detail's own; the others are read
 * when asked for (a send of 100,000 has 1,000).
 */
export function BatchesPanel({ send }: { send: MessageDetail }) {
  const { t } = useTranslation('history');
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(send.batchCount / BATCH_PAGE_SIZE));
  const other = useQuery({ ...batchesOptions(send.id, page), enabled: page > 1 });
  const batches = page === 1 ? send.batches : (other.data?.items ?? []);
  return (
    <>
      <BatchTable batches={batches} count={send.batchCount} audience={send.audience} />
      {other.isError && page > 1 ? (
        <p className="hs-muted" role="alert">
          {other.error.message}
        </p>
      ) : null}
      <Pager
        className="hs-ledger__pages"
        page={page}
        pages={pages}
        onPage={setPage}
        label={t('batches.pager')}
        previous={t('batches.previous')}
        next={t('batches.next')}
        where={t('batches.page', { page, pages })}
      />
    </>
  );
}
