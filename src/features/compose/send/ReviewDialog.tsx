import { AlertTriangle, CalendarClock, FilePlus2, History, Repeat, Send } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { ApiRequestError } from '../../../api/client';
import { newClientId, useSend, useSendMessage } from '../../../api/messages';
import type { SendFields } from '../../../api/personal';
import { checkSendAt, SCHEDULE_HORIZON_DAYS } from '../../../api/schedule';
import { prefetchPage } from '../../../app/pages';
import { channelOfAudience, type Audience, type ServerStatus } from '../../../api/schemas';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { Dialog } from '../../../ui/Dialog';
import { fromLocalInput, secondsAt, toLocalInput } from '../../../ui/localDateTime';
import { SendAtField } from '../../../ui/SendAtField';
import { MessagePreview } from '../../preview/MessagePreview';
import type { WorkMessage } from '../../../work/workMessage';
import { formatTimeAgo } from '../formatTimeAgo';
import { countBatches } from '../recipients/countBatches';
import { checkOpenId } from '../../../mind/checkOpenId';
import { placeholderFor } from '../../../mind/fields';
import type { UnfilledFields } from '../personal/findUnfilledFields';
import { AudienceSummary } from './AudienceSummary';
import { contentSizeIssue } from './contentSize';
import { issueText } from '../../../app/issueText';
import type { LastSend } from './lastSendStore';
import { SendResult } from './SendResult';
import { Banner } from '../../../ui/Banner';
import { Hint } from '../../../ui/Hint';
import './ReviewDialog.css';

/** How many of the unusual ids the review names. */
const DOUBTFUL_SHOWN = 5;

export interface ReviewDialogProps {
  message: WorkMessage;
  audience: Audience;
  /** The one person's name when picked from the directory. */
  personName: string | null;
  status: ServerStatus | undefined;
  sender: string;
  /** The last send from compose when it was this very message to these very people. */
  previous: LastSend | null;
  /** The server accepted the send. */
  onSent: (sendId: string, sentAt: string) => void;
  /** Closes the review and empties compose for the next message. */
  onStartNew: () => void;
  onClose: (sendId: string | null) => void;
  /** A personal send (docs/personal.md): its fields, one person's message, its facts. */
  personal?: {
    fields: SendFields;
    previewMessage: WorkMessage;
    facts: ReactNode;
    /** Its people skipped for a missing value: not among those it goes to. */
    skipped: readonly string[];
    /** Its requests: one or more per distinct message (`countPersonalRequests`). */
    requests: number;
  };
  /** Placeholders that go out exactly as written, and a loaded table this audience leaves out. */
  unfilled?: UnfilledFields | null;
}

/**
 * The last look before sending: the message as recipients see it, its type, who gets it and
 * in how many requests. Mount it afresh for each review: its clientId is made once, so
 * however often Send is clicked, the server sends once.
 */
/** The next whole five minutes an hour from `now`: a sensible first choice of time. */
function inAnHour(now: number): Date {
  const step = 5 * 60_000;
  return new Date(Math.ceil((now + 3_600_000) / step) * step);
}

export function ReviewDialog({
  message,
  audience,
  personName,
  status,
  sender,
  previous,
  onSent,
  onStartNew,
  onClose,
  personal,
  unfilled,
}: ReviewDialogProps) {
  const { t, i18n } = useTranslation('compose');
  const { t: tIssues } = useTranslation('issues');
  const [clientId] = useState(newClientId);
  const [now] = useState(Date.now);
  // Sending the same message to the same people again takes a second, explicit yes.
  const [again, setAgain] = useState(false);
  useEffect(() => {
    // The history page is one click away once sent: fetch its code now, not after the click.
    prefetchPage('/history/:id');
  }, []);
  // Send now, or at a time the person picks (in their own time zone).
  const [scheduling, setScheduling] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(inAnHour(now)));
  const sendAt = fromLocalInput(when);
  const sendAtCheck = sendAt === null ? null : checkSendAt(sendAt);
  const scheduleError = !scheduling
    ? null
    : sendAtCheck === null
      ? t('schedule.error.send-at-invalid')
      : sendAtCheck.ok
        ? null
        : t(`schedule.error.${sendAtCheck.code}`, { days: SCHEDULE_HORIZON_DAYS });
  const send = useSendMessage();
  const sendId = send.data?.id ?? null;
  const detail = useSend(sendId);
  const batchSize = status?.batchSize ?? 100;
  const batches = personal ? personal.requests : countBatches(audience, batchSize);
  const everyone = audience.kind === 'all';
  const groupEveryone = audience.kind === 'group' && audience.confirm === 'ALL';
  const skipped = personal?.skipped ?? [];
  const count =
    audience.kind === 'users' || audience.kind === 'robot'
      ? audience.ids.length - skipped.length
      : 1;
  const channel = channelOfAudience(audience.kind);
  // The list's unusual ids (compose warned of them): the last look before sending says so too.
  const doubtful = (
    audience.kind === 'users' || audience.kind === 'robot'
      ? audience.ids
      : audience.kind === 'user'
        ? [audience.id]
        : []
  ).filter((id) => checkOpenId(id).verdict === 'warning');
  // Larger than Mind may take (a personal send's facts weigh each person's message).
  const tooLarge = personal
    ? null
    : contentSizeIssue(message.content, status?.maxContentBytes ?? 30_720);
  const rate = status?.mindRatePerSecond ?? 20;
  const seconds = secondsAt(batches, rate);
  const duration =
    seconds < 60
      ? t('review.aboutSeconds', { count: seconds })
      : t('review.aboutMinutes', { count: Math.ceil(seconds / 60) });
  const sendLabel = everyone
    ? t('review.sendAll')
    : audience.kind === 'group'
      ? t(groupEveryone ? 'review.sendGroupAll' : 'review.sendGroup')
      : t('review.send', { count });

  const submit = () => {
    if (send.isPending || sendId !== null || (previous && !again)) return;
    if (scheduling && (sendAt === null || scheduleError !== null)) return;
    send.mutate(
      {
        msg_type: message.msg_type,
        content: message.content,
        audience,
        clientId,
        ...(sender ? { sender } : {}),
        ...(scheduling && sendAt !== null ? { sendAt } : {}),
        ...(personal ? { fields: personal.fields } : {}),
      },
      { onSuccess: (data) => onSent(data.id, data.createdAt) },
    );
  };

  const footer =
    sendId === null ? (
      <>
        <Button onClick={() => onClose(null)} disabled={send.isPending}>
          {t('review.back')}
        </Button>
        <Button
          icon={scheduling ? <Send size={16} /> : <CalendarClock size={16} />}
          disabled={send.isPending}
          onClick={() => setScheduling(!scheduling)}
          data-testid="toggle-schedule"
        >
          {scheduling ? t('schedule.sendNowInstead') : t('schedule.open')}
        </Button>
        <Button
          variant={everyone || groupEveryone ? 'danger' : 'primary'}
          icon={scheduling ? <CalendarClock size={16} /> : <Send size={16} />}
          disabled={
            send.isPending ||
            (previous !== null && !again) ||
            (scheduling && scheduleError !== null)
          }
          onClick={submit}
          data-testid="confirm-send"
        >
          {send.isPending ? t('review.sending') : scheduling ? t('schedule.confirm') : sendLabel}
        </Button>
      </>
    ) : (
      <>
        <ButtonLink
          href={`/history/${sendId}`}
          icon={<History size={16} />}
          onClick={() => onClose(sendId)}
        >
          {t('review.openHistory')}
        </ButtonLink>
        <Button icon={<FilePlus2 size={16} />} onClick={onStartNew}>
          {t('repeat.startNew')}
        </Button>
        <Button variant="primary" onClick={() => onClose(sendId)}>
          {t('review.done')}
        </Button>
      </>
    );

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open && !send.isPending) onClose(sendId);
      }}
      size="lg"
      title={
        sendId === null
          ? t('review.title')
          : detail.data?.outcome === 'scheduled'
            ? t('schedule.doneTitle')
            : !detail.data || detail.data.outcome === 'sending'
              ? t('review.resultTitle')
              : t('review.doneTitle')
      }
      footer={footer}
    >
      <div className="cp-review">
        <div className="cp-review__preview">
          <MessagePreview message={personal?.previewMessage ?? message} />
        </div>
        <div className="cp-review__facts">
          <dl className="cp-facts">
            <dt>{t('review.type')}</dt>
            <dd>{t(`type.${message.msg_type}`)}</dd>
            <dt>{t('review.channel')}</dt>
            <dd data-testid="review-channel">{t(`channel.${channel}`)}</dd>
            <dt>{t('review.recipients')}</dt>
            <dd>
              <AudienceSummary
                audience={audience}
                personName={personName}
                groupName={personName}
                skipped={skipped}
              />
            </dd>
            <dt>{t('review.requests')}</dt>
            <dd data-testid="review-batches">
              {personal
                ? t('review.requestsPersonal')
                : everyone
                  ? t('review.requestsAll')
                  : audience.kind === 'group'
                    ? t('review.requestsGroup')
                    : t('review.requestsCount', { count: batches, size: batchSize })}
            </dd>
            <dt>{t('review.duration')}</dt>
            <dd data-testid="review-duration">
              {t('review.durationValue', { count: batches, time: duration, rate })}
            </dd>
            <dt>{t('review.destination')}</dt>
            <dd>
              {status?.mode === 'live'
                ? t('review.live', { appId: status.appId ?? '' })
                : t('review.sandbox')}
            </dd>
            <dt>{t('review.sender')}</dt>
            <dd>{sender || <span className="cp-muted">{t('review.noSender')}</span>}</dd>
            {personal?.facts}
          </dl>
          {unfilled && sendId === null ? (
            <Banner
              tone="warning"
              role={undefined}
              icon={<AlertTriangle size={16} />}
              className="cp-review__as-written"
              data-testid="review-as-written"
            >
              {unfilled.fields.length > 0 ? (
                <p>
                  {t(`review.asWritten.${unfilled.reason}`, {
                    fields: unfilled.fields.map(placeholderFor).join(', '),
                  })}
                </p>
              ) : null}
              {unfilled.tableUnused && unfilled.reason !== 'no-table' ? (
                <p data-testid="review-table-unused">
                  {t(`review.tableUnused.${unfilled.reason}`)}
                </p>
              ) : null}
            </Banner>
          ) : null}
          {tooLarge && sendId === null ? (
            <Banner
              tone="warning"
              role={undefined}
              icon={<AlertTriangle size={16} />}
              data-testid="review-size"
            >
              {issueText(tIssues, tooLarge)}
            </Banner>
          ) : null}
          {doubtful.length > 0 && sendId === null ? (
            <Banner
              tone="warning"
              role={undefined}
              icon={<AlertTriangle size={16} />}
              data-testid="review-doubtful"
            >
              {t('review.doubtful', {
                count: doubtful.length,
                ids: doubtful.slice(0, DOUBTFUL_SHOWN).join(', '),
                more: doubtful.length > DOUBTFUL_SHOWN ? '…' : '',
              })}
            </Banner>
          ) : null}
          {previous && sendId === null ? (
            <div className="cp-repeat" role="alert" data-testid="repeat-warning">
              <p className="cp-repeat__text">
                <Repeat size={16} aria-hidden="true" />{' '}
                {t('repeat.warning', {
                  ago:
                    formatTimeAgo(previous.sentAt, now, i18n.resolvedLanguage) ??
                    t('repeat.justNow'),
                })}
              </p>
              <label className="cp-check">
                <input
                  type="checkbox"
                  checked={again}
                  onChange={(event) => setAgain(event.target.checked)}
                />
                {t('repeat.confirm')}
              </label>
              <p className="cp-repeat__actions">
                <ButtonLink
                  href={`/history/${previous.sendId}`}
                  size="sm"
                  variant="ghost"
                  icon={<History size={14} />}
                >
                  {t('repeat.open')}
                </ButtonLink>
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<FilePlus2 size={14} />}
                  onClick={onStartNew}
                >
                  {t('repeat.startNew')}
                </Button>
              </p>
            </div>
          ) : null}
          {scheduling && sendId === null ? (
            <div className="cp-schedule" data-testid="schedule-panel">
              <SendAtField
                label={t('schedule.label')}
                value={when}
                onChange={setWhen}
                error={scheduleError}
                min={toLocalInput(new Date(now))}
                max={toLocalInput(new Date(now + SCHEDULE_HORIZON_DAYS * 86_400_000))}
                testId="schedule-at"
                focusOnMount
              />
              <Hint>{t('schedule.hint', { days: SCHEDULE_HORIZON_DAYS })}</Hint>
            </div>
          ) : null}
          {(everyone || groupEveryone) && sendId === null ? (
            <p className="cp-review__all" role="alert">
              {t(everyone ? 'review.allWarning' : 'review.groupAllWarning')}
            </p>
          ) : null}
          {send.isError ? (
            <Banner tone="error">
              {send.error instanceof ApiRequestError && send.error.code === 'network'
                ? t('review.offline')
                : // An error answer that is not our server's (a proxy's error page): the send may
                  // have been recorded, so the person looks before sending it again.
                  send.error instanceof ApiRequestError && send.error.code === 'http'
                  ? t('review.unexplained', { status: send.error.status })
                  : t('review.failed', { message: send.error.message })}
            </Banner>
          ) : null}
          {detail.data ? (
            <SendResult detail={detail.data} lostContact={detail.lostContact} />
          ) : null}
        </div>
      </div>
    </Dialog>
  );
}
