import { ArrowLeft, SearchX } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { useParams } from 'wouter';
import { TextArea } from '../ui/TextArea';
import { ApiRequestError } from '../api/client';
import { usePeopleNames } from '../api/directory';
import { useSend } from '../api/messages';
import { firstPerson } from '../api/summarizeRecipients';
import { PageHeader } from '../app/PageHeader';
import { ButtonLink } from '../ui/ButtonLink';
import { Placeholder } from '../ui/Placeholder';
import { formatDateTime } from '../ui/formatDateTime';
import { useFocusLater } from '../ui/useFocusLater';
import { SendResult } from '../features/compose/send/SendResult';
import { MessagePreview } from '../features/preview/MessagePreview';
import { BatchesPanel } from '../features/history/BatchesPanel';
import { DuplicateButton } from '../features/history/DuplicateButton';
import { CollapsiblePreview } from '../ui/CollapsiblePreview';
import { LedgerPanel } from '../features/history/LedgerPanel';
import { OutcomeBadge } from '../features/history/OutcomeBadge';
import { RecipientsLine } from '../features/history/RecipientsLine';
import { ScheduleActions } from '../features/history/ScheduleActions';
import { timeOfSend } from '../features/history/timeOfSend';
import '../features/history/history.css';

/** One past send: the message as sent, who got it, each request and what Mind answered. */
export function HistoryDetailPage() {
  const { t, i18n } = useTranslation('history');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useSend(id);
  const first = detail.data ? firstPerson(detail.data.audience) : undefined;
  const names = usePeopleNames(first ? [first] : []);
  // Cancelled, the schedule actions go: the outcome that takes their place takes the focus.
  const outcome = useRef<HTMLSpanElement>(null);
  const focusLater = useFocusLater(detail.data?.outcome !== 'scheduled');
  const back = (
    <ButtonLink href="/history" variant="ghost" icon={<ArrowLeft size={16} />}>
      {t('detail.back')}
    </ButtonLink>
  );

  if (detail.isPending) {
    return (
      <>
        <PageHeader title={t('detail.loadingTitle')} actions={back} />
        <p className="hs-muted" role="status">
          {t('loading')}
        </p>
      </>
    );
  }
  if (detail.isError) {
    const missing = detail.error instanceof ApiRequestError && detail.error.status === 404;
    return (
      <>
        <PageHeader title={t('detail.missingTitle')} actions={back} />
        <Placeholder
          icon={<SearchX size={28} />}
          title={missing ? t('detail.missing') : t('detail.failed')}
        >
          {missing ? t('detail.missingText') : detail.error.message}
        </Placeholder>
      </>
    );
  }

  const send = detail.data;
  // Not pending and not failed: it has data (useSend shows the progress over it).
  if (!send) return null;
  const type = t(`type.${send.msgType}`);
  const time = formatDateTime(send.createdAt, i18n.resolvedLanguage);
  const wentOut = timeOfSend(send);
  const sendAt = send.sendAt ? formatDateTime(send.sendAt, i18n.resolvedLanguage) : null;
  const named = send.audience.count + (send.personal?.skipped ?? 0);

  return (
    <div className="hs-detail">
      <PageHeader
        title={t(`detail.title.${send.outcome}`, {
          type,
          time: wentOut ? formatDateTime(wentOut, i18n.resolvedLanguage) : '',
        })}
        description={send.sender ? t('detail.by', { name: send.sender }) : undefined}
        actions={
          <>
            {back}
            <DuplicateButton send={send} />
          </>
        }
      />
      <div className="hs-detail__grid">
        <section className="hs-panel hs-detail__message" aria-labelledby="hs-message">
          <h2 id="hs-message" className="hs-panel__title">
            {t('detail.message')}
          </h2>
          <CollapsiblePreview maxHeight={420}>
            <MessagePreview
              message={{ msg_type: send.msgType, content: send.content }}
              // When it reaches (or was to reach) people: a scheduled send's time, not when it was made.
              time={send.sendAt ?? send.createdAt}
            />
          </CollapsiblePreview>
          {send.personal ? (
            <p className="hs-muted" data-testid="personal-note">
              {t('detail.personal', {
                fields: send.personal.used.join(', '),
                count: send.personal.distinct,
              })}
            </p>
          ) : null}
        </section>
        <section className="hs-panel hs-detail__facts" aria-labelledby="hs-facts">
          <h2 id="hs-facts" className="hs-panel__title">
            {t('detail.facts')}
          </h2>
          <dl className="hs-facts">
            <dt>{t('list.type')}</dt>
            <dd>{type}</dd>
            <dt>{t('list.recipients')}</dt>
            <dd>
              <RecipientsLine
                audience={send.audience}
                channel={send.channel}
                name={names.get(first ?? '')}
              />
            </dd>
            <dt>{t('list.outcome')}</dt>
            <dd>
              <span ref={outcome} tabIndex={-1} className="hs-outcome" data-testid="outcome">
                <OutcomeBadge outcome={send.outcome} progress={send.progress} />
              </span>
              {send.sendAt ? (
                <ScheduleActions
                  id={send.id}
                  sendAt={send.sendAt}
                  outcome={send.outcome}
                  label={t('schedule.what', { type, time })}
                  lostContact={detail.lostContact}
                  onCancelled={() => focusLater(() => outcome.current)}
                />
              ) : null}
            </dd>
            <dt>{t('list.time')}</dt>
            <dd data-testid="created-time">{time}</dd>
            {sendAt ? (
              <>
                <dt>
                  {send.outcome === 'cancelled'
                    ? t('detail.wasScheduledFor')
                    : t('detail.scheduledFor')}
                </dt>
                <dd data-testid="scheduled-for">{sendAt}</dd>
              </>
            ) : null}
            <dt>{t('list.sender')}</dt>
            <dd>{send.sender ?? <span className="hs-muted">{t('detail.noSender')}</span>}</dd>
            <dt>{t('detail.sendId')}</dt>
            <dd>
              <code className="hs-id">{send.id}</code>
            </dd>
          </dl>
          {/* The list as it was given: a personal send's skipped people are in it too. */}
          {send.recipients.length > 1 ? (
            <details className="hs-all-ids">
              <summary>{t('detail.allIds', { count: named })}</summary>
              <TextArea
                className="hs-all-ids__text"
                readOnly
                aria-label={t('detail.allIds', { count: named })}
                value={send.recipients.join('\n')}
                rows={6}
              />
              {named > send.recipients.length ? (
                <p className="hs-muted" data-testid="first-ids">
                  {t('detail.firstIds', {
                    shown: send.recipients.length,
                    count: named,
                  })}
                </p>
              ) : null}
            </details>
          ) : null}
          <SendResult detail={send} lostContact={detail.lostContact} />
        </section>
      </div>
      <section className="hs-panel" aria-labelledby="hs-batches">
        <h2 id="hs-batches" className="hs-panel__title">
          {t('detail.batches')}
        </h2>
        <BatchesPanel send={send} />
      </section>
      {send.audience.kind !== 'all' ? (
        <section className="hs-panel" aria-labelledby="hs-ledger">
          <h2 id="hs-ledger" className="hs-panel__title">
            {t('detail.ledger')}
          </h2>
          <LedgerPanel
            sendId={send.id}
            sendOutcome={send.outcome}
            audienceKind={send.audience.kind}
          />
        </section>
      ) : null}
    </div>
  );
}
