import { useQuery } from '@tanstack/react-query';
import { usePeopleNames } from '../api/directory';
import { firstPerson } from '../api/summarizeRecipients';
import { ChevronLeft, ChevronRight, History, PenSquare } from 'lucide-react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { useSearchParams } from 'wouter';
import { messagesOptions } from '../api/messages';
import { PageHeader } from '../app/PageHeader';
import { Button } from '../ui/Button';
import { ButtonLink } from '../ui/ButtonLink';
import { Placeholder } from '../ui/Placeholder';
import { QueryView } from '../ui/QueryView';
import { HistoryRow } from '../features/history/HistoryRow';
import '../features/history/history.css';

const PAGE_SIZE = 20;

/** Every past send, newest first, a page at a time. */
export function HistoryPage() {
  const { t } = useTranslation('history');
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('page') ?? '1');
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const list = useQuery(messagesOptions(page, PAGE_SIZE));
  // A refresh failed (retrying, the rows still shown): what they say is the last the server said.
  const lostContact = list.failureCount > 0;
  const names = usePeopleNames(
    (list.data?.items ?? []).flatMap((item) => firstPerson(item.audience) ?? []),
  );
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const goTo = (next: number) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      if (next === 1) copy.delete('page');
      else copy.set('page', String(next));
      return copy;
    });

  const compose = (
    <ButtonLink href="/compose" variant="primary" icon={<PenSquare size={16} />}>
      {t('compose')}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={compose} />
      <QueryView
        query={list}
        loading={t('loading')}
        loadingClassName="hs-muted"
        failed={(message) => t('loadFailed', { message })}
        retry={t('retry')}
        isEmpty={(data) => data.total === 0}
        empty={
          <Placeholder icon={<History size={28} />} title={t('empty.title')}>
            {t('empty.text')}
          </Placeholder>
        }
      >
        {(data) => (
          <div className="hs-panel">
            {/* On a phone the table scrolls in its panel; the page itself does not go sideways. */}
            <div
              className="hs-table-wrap"
              role="region"
              aria-label={t('list.caption')}
              tabIndex={0}
            >
              <table className="hs-table">
                <caption className="visually-hidden">{t('list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span className="visually-hidden">{t('list.preview')}</span>
                    </th>
                    <th scope="col">{t('list.time')}</th>
                    <th scope="col">{t('list.type')}</th>
                    <th scope="col">{t('list.recipients')}</th>
                    <th scope="col">{t('list.outcome')}</th>
                    <th scope="col">{t('list.sender')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <HistoryRow
                      key={item.id}
                      item={item}
                      name={names.get(firstPerson(item.audience) ?? '')}
                      lostContact={lostContact}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="hs-pager" aria-label={t('pager.label')}>
              <Button
                size="sm"
                icon={<ChevronLeft size={14} />}
                disabled={page <= 1}
                onClick={() => goTo(page - 1)}
              >
                {t('pager.newer')}
              </Button>
              <span className="hs-pager__where" aria-live="polite">
                {t('pager.where', { page, pages, count: total })}
              </span>
              <Button size="sm" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {t('pager.older')}
                <ChevronRight size={14} aria-hidden="true" />
              </Button>
            </nav>
          </div>
        )}
      </QueryView>
    </>
  );
}
