import { localizeReason } from '../../../api/serverReason';
import {
  AlertCircle,
  Ban,
  CheckCircle2,
  Clock,
  CircleHelp,
  Loader2,
  RotateCcw,
  TriangleAlert,
  WifiOff,
} from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import type { TFunction } from 'i18next';
import { useGroupName } from '../../../api/groups';
import { batchesOptions, useRetrySend } from '../../../api/messages';
import { recipientsOptions } from '../../../api/recipients';
import { statusOptions } from '../../../api/status';
import type { Batch, MessageDetail } from '../../../api/schemas';
import { summarizeRecipients, type RecipientSummary } from '../../../api/summarizeRecipients';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../ui/formatDateTime';
import { secondsAt, timeZoneLabel } from '../../../ui/localDateTime';
import { describeFailure, failedBatches } from './describeFailure';
import { useTimeReached } from '../../../ui/useTimeReached';
import './send.css';
import { Banner } from '../../../ui/Banner';
import { Hint } from '../../../ui/Hint';

const ICONS = {
  scheduled: Clock,
  cancelled: Ban,
  sending: Loader2,
  sent: CheckCircle2,
  partial: TriangleAlert,
  failed: AlertCircle,
  unknown: CircleHelp,
  overdue: WifiOff,
} as const;

/**
 * Where a send stands: a bar of requests done while it goes out, then the outcome in plain
 * words, each failure with Mind's code and msg, and a retry of only what failed. `lostContact`
 * (useSend's): the server stopped answering while it went out, so its progress is not known;
 * or, for a scheduled send whose time has come, whether it is going out.
 */
export function SendResult({
  detail,
  lostContact = false,
}: {
  detail: MessageDetail;
  lostContact?: boolean;
}) {
  const { t, i18n } = useTranslation('compose');
  const retry = useRetrySend();
  const status = useQuery(statusOptions());
  const { outcome, progress, audience } = detail;
  const waiting = outcome === 'scheduled' || outcome === 'cancelled';
  const rate = status.data?.mindRatePerSecond;
  const unknownProgress = lostContact && outcome === 'sending';
  // Its time has come but the server cannot say whether it began: "Scheduled for 10:00" at 10:05
  // would read as "nothing went out". The server's next answer brings back its own words.
  const due = useTimeReached(outcome === 'scheduled' ? detail.sendAt : null);
  const shown = lostContact && due ? 'overdue' : outcome;
  // The time left is worked out from the last counts the server gave: not shown once they are stale.
  const left =
    outcome === 'sending' && !unknownProgress && rate !== undefined && detail.counts.pending > 0
      ? secondsAt(detail.counts.pending, rate)
      : null;
  const { failures, failedCount, missed } = useFailures(detail);
  const Icon = ICONS[shown];
  const sentBatches = detail.counts.sent;
  const recipients = summarizeRecipients(audience);
  const groupName = useGroupName(recipients.kind === 'group' ? recipients.id : null);
  const people = describeRecipients(recipients, groupName, t);
  // A group post went to one group, not to a number of people.
  const detailKey =
    outcome === 'sent' && recipients.kind === 'group'
      ? 'result.sent.group'
      : `result.${shown}.detail`;
  const retrying = retry.isPending || (retry.isSuccess && outcome === 'sending');
  // Retry is disabled, then gone, by its own click: the focus goes to the outcome's title,
  // which says how the retry goes ("Sending…", then the outcome), not to <body>.
  const title = useRef<HTMLParagraphElement>(null);

  return (
    <div
      className={`cp-result cp-result--${shown}`}
      data-testid="send-result"
      data-outcome={outcome}
    >
      <div className="cp-result__head">
        <Icon
          size={22}
          aria-hidden="true"
          className={outcome === 'sending' ? 'cp-result__icon cp-spin' : 'cp-result__icon'}
        />
        <div className="cp-result__text" role="status" aria-live="polite">
          <p ref={title} className="cp-result__title" tabIndex={-1}>
            {t(`result.${shown}.title`)}
          </p>
          <p className="cp-result__detail">
            {t(detailKey, {
              people,
              done: progress.done,
              total: progress.total,
              sent: sentBatches,
              missed,
              count: progress.total,
              time: detail.sendAt ? formatDateTime(detail.sendAt, i18n.resolvedLanguage) : '',
              zone: detail.sendAt
                ? timeZoneLabel(new Date(detail.sendAt), i18n.resolvedLanguage)
                : '',
            })}
          </p>
        </div>
      </div>
      {waiting ? null : (
        <>
          <div
            className="cp-progress"
            role="progressbar"
            aria-label={t('result.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={t('result.progressText', {
              done: progress.done,
              total: progress.total,
            })}
          >
            <div
              className="cp-progress__bar"
              style={{ width: `${progress.total ? (progress.done / progress.total) * 100 : 0}%` }}
            />
          </div>
          <p className="cp-progress__label">
            {t('result.progressText', { done: progress.done, total: progress.total })}
            {left !== null ? (
              <span data-testid="time-left">
                {' · '}
                {left < 60
                  ? t('result.leftSeconds', { count: left })
                  : t('result.leftMinutes', { count: Math.ceil(left / 60) })}
              </span>
            ) : null}
          </p>
        </>
      )}
      {unknownProgress ? (
        <Banner tone="warning" icon={<WifiOff size={16} />} data-testid="lost-contact">
          {t('result.lostContact')}
        </Banner>
      ) : null}
      {failures.length > 0 && outcome !== 'sending' ? (
        <>
          <ul className="cp-failures" aria-label={t('result.failuresLabel')}>
            {failures.map((batch) => {
              const failure = describeFailure(batch);
              return (
                <li key={batch.index} className="cp-failure" data-testid="failure">
                  <p className="cp-failure__where">
                    {t('result.batchOf', {
                      number: batch.index + 1,
                      total: detail.batchCount,
                      people: batch.receiveIds
                        ? t('result.people', { count: batch.receiveIds.length })
                        : people,
                    })}
                  </p>
                  <p className="cp-failure__why">
                    {t(failure.key, {
                      ...failure.params,
                      // The server's English reason, in the reader's language where known.
                      ...(failure.params.detail === undefined
                        ? {}
                        : { detail: localizeReason(t, String(failure.params.detail)) }),
                    })}
                  </p>
                  {batch.code !== null ? (
                    <p className="cp-failure__raw">
                      <span>{t('result.mindSaid')}</span>{' '}
                      <code>
                        code {String(batch.code)} · msg “{batch.msg ?? ''}”
                      </code>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div className="cp-result__actions">
            <Button
              variant="primary"
              icon={<RotateCcw size={16} />}
              disabled={retrying}
              onClick={() => {
                title.current?.focus();
                retry.mutate(detail.id);
              }}
            >
              {t('result.retry', { count: failedCount })}
            </Button>
            <Hint inline>{t('result.retryHint')}</Hint>
          </div>
        </>
      ) : null}
      {retry.isError ? (
        <Banner tone="error">{t('result.retryFailed', { message: retry.error.message })}</Banner>
      ) : null}
    </div>
  );
}

/** Who a send goes (went) to, in words that fit the result's sentences. */
function describeRecipients(
  recipients: RecipientSummary,
  groupName: string | undefined,
  t: TFunction<'compose'>,
): string {
  switch (recipients.kind) {
    case 'all':
      return t('result.everyone');
    case 'group':
      return t('result.group', { name: groupName ?? recipients.id });
    case 'one':
      return t('result.people', { count: 1 });
    case 'many':
      return t('result.people', { count: recipients.count });
  }
}

/** Failures read at most this many at a time (the largest page the server gives). */
const FAILURES_SHOWN = 100;

/**
 * The batches that did not go and the people they carried. A send whose batches all came with
 * its detail has them there; a larger one (the detail holds a page) asks for its failed and
 * unknown batches, and for the ledger's count of the people in them, once it has ended.
 */
function useFailures(detail: MessageDetail): {
  failures: Batch[];
  failedCount: number;
  missed: number;
} {
  const paged = detail.batchCount > detail.batches.length;
  const ended = detail.outcome !== 'sending' && detail.outcome !== 'scheduled';
  const wanted = paged && ended && detail.counts.failed + detail.counts.unknown > 0;
  const failed = useQuery({
    ...batchesOptions(detail.id, 1, { statuses: ['failed', 'unknown'], pageSize: FAILURES_SHOWN }),
    enabled: wanted,
  });
  const ledger = useQuery({
    ...recipientsOptions(detail.id, { page: 1, pageSize: 1, q: '', outcome: null }, false),
    enabled: wanted,
  });
  if (!paged) {
    const failures = failedBatches(detail.batches);
    return {
      failures,
      failedCount: failures.length,
      missed: failures.reduce((sum, batch) => sum + (batch.receiveIds?.length ?? 0), 0),
    };
  }
  const failures = wanted ? (failed.data?.items ?? []) : [];
  const counts = ledger.data?.counts;
  return {
    failures,
    failedCount: wanted ? (failed.data?.total ?? failures.length) : 0,
    missed: counts ? counts.failed + counts.unknown : 0,
  };
}
