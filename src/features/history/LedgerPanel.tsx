import { localizeReason } from '../../api/serverReason';
import { useQuery } from '@tanstack/react-query';
import { Copy, Download } from 'lucide-react';
import Papa from 'papaparse';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { RECIPIENT_OUTCOMES, type Recipient, type RecipientOutcome } from '../../api/personal';
import { recipientsCsvPath, recipientsOptions } from '../../api/recipients';
import type { AudienceKind, SendOutcome } from '../../api/schemas';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import { buttonClassName } from '../../ui/buttonClassName';
import { Pager } from '../../ui/Pager';
import { copyText } from '../../ui/copyText';
import { Banner } from '../../ui/Banner';
import { GroupName } from './GroupName';

const PAGE_SIZE = 50;

/** What the ledger's first column holds, by the send's audience: people's open_ids, or a group. */
const ID_COLUMNS = {
  user: 'openId',
  users: 'openId',
  robot: 'openId',
  all: 'openId',
  group: 'group',
} as const satisfies Record<AudienceKind, 'openId' | 'group'>;

const TONES = {
  pending: 'primary',
  sent: 'success',
  failed: 'danger',
  unknown: 'warning',
  skipped: 'neutral',
} as const;

/**
 * The ledger of a send (docs/personal.md): each recipient with their outcome and, for a send
 * with fields, their values; searchable, filtered by outcome; the failed as a CSV to fix and
 * upload again; the ids to copy.
 */
export function LedgerPanel({
  sendId,
  sendOutcome,
  audienceKind,
}: {
  sendId: string;
  /** The send's own outcome: a person whose request has not gone out waits for it. */
  sendOutcome: SendOutcome;
  audienceKind: AudienceKind;
}) {
  const { t } = useTranslation('personal');
  const sending = sendOutcome === 'sending';
  // Not gone out yet: sending, or still scheduled, or never (cancelled).
  const pending =
    sendOutcome === 'scheduled' ? 'scheduled' : sendOutcome === 'cancelled' ? 'cancelled' : null;
  const outcomeLabel = (name: RecipientOutcome) =>
    name === 'pending' && pending ? t(`ledger.outcome.${pending}`) : t(`ledger.outcome.${name}`);
  const [page, setPage] = useState(1);
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<RecipientOutcome | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const q = useDeferredValue(query);
  const searchId = useId();
  const filterId = useId();
  const ledger = useQuery(
    recipientsOptions(sendId, { page, pageSize: PAGE_SIZE, q, outcome }, sending),
  );
  const data = ledger.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const idColumn = ID_COLUMNS[audienceKind];
  const everyone = data ? RECIPIENT_OUTCOMES.reduce((sum, name) => sum + data.counts[name], 0) : 0;

  const copyIds = async () => {
    const response = await fetch(
      recipientsCsvPath(sendId, outcome ? [outcome] : RECIPIENT_OUTCOMES),
      { credentials: 'same-origin' },
    ).catch(() => null);
    const text = response?.ok ? await response.text() : null;
    const ids =
      text === null
        ? []
        : Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true })
            .data.slice(1)
            .map((row) => row[0] ?? '')
            .filter((id) => id !== '' && (q.trim() === '' || id.includes(q.trim())));
    const done = ids.length > 0 && (await copyText(ids.join('\n')));
    setCopied(done ? t('ledger.copied', { count: ids.length }) : t('ledger.copyFailed'));
  };

  if (ledger.isError)
    return (
      <Banner tone="error">{t('ledger.failedToLoad', { message: ledger.error.message })}</Banner>
    );
  if (!data)
    return (
      <p className="hs-muted" role="status">
        {t('ledger.loading')}
      </p>
    );
  if (everyone === 0) return <p className="hs-muted">{t('ledger.noList')}</p>;

  return (
    <div className="hs-ledger" data-testid="ledger">
      <div className="hs-ledger__bar">
        <label htmlFor={searchId} className="visually-hidden">
          {t('ledger.search')}
        </label>
        <TextInput
          id={searchId}
          type="search"
          className="hs-ledger__search"
          placeholder={t('ledger.search')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(1);
          }}
        />
        <label htmlFor={filterId} className="visually-hidden">
          {t('ledger.filter')}
        </label>
        <Select
          id={filterId}
          value={outcome ?? ''}
          data-testid="ledger-filter"
          onChange={(event) => {
            setOutcome((event.target.value || null) as RecipientOutcome | null);
            setPage(1);
          }}
        >
          <option value="">{t('ledger.all', { count: everyone })}</option>
          {RECIPIENT_OUTCOMES.filter((name) => data.counts[name] > 0 || name === outcome).map(
            (name) => (
              <option key={name} value={name}>
                {t('ledger.filterOption', {
                  outcome: outcomeLabel(name),
                  count: data.counts[name],
                })}
              </option>
            ),
          )}
        </Select>
        {data.counts.failed > 0 ? (
          <a
            className={buttonClassName({ size: 'sm', variant: 'secondary' })}
            href={recipientsCsvPath(sendId)}
            download
            data-testid="download-failed"
          >
            <Download size={14} aria-hidden="true" /> {t('ledger.downloadFailed')}
          </a>
        ) : null}
        <Button size="sm" variant="ghost" icon={<Copy size={14} />} onClick={() => void copyIds()}>
          {t('ledger.copyIds')}
        </Button>
        {copied ? (
          <span className="hs-muted" role="status">
            {copied}
          </span>
        ) : null}
      </div>
      <div className="hs-table-wrap" role="region" tabIndex={0} aria-label={t('ledger.title')}>
        <table className="hs-table hs-ledger__table" data-testid="ledger-table">
          <thead>
            <tr>
              <th scope="col">{t(`ledger.${idColumn}`)}</th>
              <th scope="col">{t('ledger.result')}</th>
              <th scope="col">{t('ledger.detail')}</th>
              {data.columns ? <th scope="col">{t('ledger.values')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.items.map((person) => (
              <tr key={person.openId} data-testid="ledger-row">
                <td>
                  {idColumn === 'group' ? (
                    <GroupName id={person.openId} />
                  ) : (
                    <code className="hs-id">{person.openId}</code>
                  )}
                </td>
                <td>
                  <Badge
                    tone={
                      person.outcome === 'pending' && pending === 'cancelled'
                        ? 'neutral'
                        : TONES[person.outcome]
                    }
                  >
                    {outcomeLabel(person.outcome)}
                  </Badge>
                </td>
                <td className="hs-batches__msg">{detailOf(person, t)}</td>
                {data.columns ? (
                  <td className="hs-ledger__values">
                    {data.columns.map((name) => (
                      <span key={name}>
                        <span className="hs-muted">{name}:</span> {person.values?.[name] || '—'}
                      </span>
                    ))}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {data.items.length === 0 ? <p className="hs-muted">{t('ledger.empty')}</p> : null}
      </div>
      <Pager
        className="hs-ledger__pages"
        page={page}
        pages={pages}
        onPage={setPage}
        previous={t('ledger.previous')}
        next={t('ledger.next')}
        where={t('ledger.page', { page, pages })}
      />
    </div>
  );
}

function detailOf(
  person: Recipient,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  if (person.reason) return localizeReason(t, person.reason);
  if (person.code !== null && person.outcome !== 'sent')
    return t('ledger.code', { code: String(person.code), msg: person.msg ?? '' });
  if (person.error) return <span className="hs-muted">{localizeReason(t, person.error)}</span>;
  return person.requestId ? <code className="hs-id">{person.requestId}</code> : '—';
}
