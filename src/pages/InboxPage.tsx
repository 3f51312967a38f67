import { useQuery } from '@tanstack/react-query';
import { Inbox, Radio, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { Link } from 'wouter';
import { Banner } from '../ui/Banner';
import { usePeopleNames } from '../api/directory';
import { inboxOptions, useClearInbox } from '../api/sandbox';
import { statusOptions } from '../api/status';
import { PageHeader } from '../app/PageHeader';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Placeholder } from '../ui/Placeholder';
import { InboxItemView, SAMPLE } from '../features/inbox/InboxItemView';
import '../features/inbox/inbox.css';

const STEP = 50;
const MAX = 500;

/** In sandbox mode: what recipients would have received, newest first, rendered. */
export function InboxPage() {
  const { t } = useTranslation('inbox');
  const status = useQuery(statusOptions());
  const live = status.data?.mode === 'live';
  const [limit, setLimit] = useState(STEP);
  const inbox = useQuery({ ...inboxOptions(limit), enabled: status.data?.mode === 'sandbox' });
  const clear = useClearInbox();
  const [confirming, setConfirming] = useState(false);
  const total = inbox.data?.total ?? 0;
  // The recipients shown by name: one directory look-up for the whole page.
  const shownIds = useMemo(
    () =>
      [
        ...new Set(
          (inbox.data?.items ?? []).flatMap((item) => item.receiveIds?.slice(0, SAMPLE) ?? []),
        ),
      ].sort(),
    [inbox.data],
  );
  // Looked up 100 at a time: a page of 50 items shows up to 150 (more than 100 at once, the
  // server refused the lookup, and the page named nobody).
  const names = usePeopleNames(shownIds);

  const actions =
    !live && total > 0 ? (
      <Button variant="ghost" icon={<Trash2 size={16} />} onClick={() => setConfirming(true)}>
        {t('clear.button')}
      </Button>
    ) : null;

  let body;
  if (status.isPending || (!live && inbox.isPending && !status.isError)) {
    body = (
      <p className="ib-muted" role="status">
        {t('loading')}
      </p>
    );
  } else if (live) {
    body = (
      <Placeholder icon={<Radio size={28} />} title={t('live.title')}>
        <p>{t('live.text')}</p>
        <p>
          <Link href="/history">{t('live.history')}</Link>
        </p>
      </Placeholder>
    );
  } else if (status.isError || inbox.isError) {
    body = (
      <Banner
        tone="error"
        action={
          <Button onClick={() => void (status.isError ? status.refetch() : inbox.refetch())}>
            {t('retry')}
          </Button>
        }
      >
        {t('failed', { message: (status.error ?? inbox.error)?.message ?? '' })}
      </Banner>
    );
  } else if (total === 0) {
    body = (
      <Placeholder icon={<Inbox size={28} />} title={t('empty.title')}>
        <p>{t('empty.text')}</p>
        <p>
          <Link href="/compose">{t('empty.compose')}</Link>
        </p>
      </Placeholder>
    );
  } else {
    const items = inbox.data?.items ?? [];
    body = (
      <>
        <p className="ib-count" aria-live="polite">
          {t('count', { shown: items.length, count: total })}
        </p>
        <ol className="ib-list" aria-label={t('listLabel')}>
          {items.map((item) => (
            <InboxItemView key={item.id} item={item} names={names} />
          ))}
        </ol>
        {items.length < total && limit < MAX ? (
          <div className="ib-more">
            <Button onClick={() => setLimit(Math.min(MAX, limit + STEP))}>{t('more')}</Button>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={actions} />
      {!live && status.data ? <p className="ib-note">{t('sandboxNote')}</p> : null}
      {body}
      {confirming ? (
        <Dialog
          open
          onOpenChange={(open) => setConfirming(open)}
          size="sm"
          title={t('clear.title')}
          description={t('clear.text', { count: total })}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>{t('clear.cancel')}</Button>
              <Button
                variant="danger"
                disabled={clear.isPending}
                onClick={() => clear.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              >
                {t('clear.confirm')}
              </Button>
            </>
          }
        />
      ) : null}
    </>
  );
}
