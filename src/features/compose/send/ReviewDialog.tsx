import { useQuery } from '@tanstack/react-query';
import { History, Send } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/client';
import { messageOptions, newClientId, useSendMessage } from '../../../api/messages';
import type { Audience, ServerStatus } from '../../../api/schemas';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { Dialog } from '../../../ui/Dialog';
import { MessagePreview } from '../../preview/MessagePreview';
import type { ComposeMessage } from '../draft/useComposeMessage';
import { countBatches } from '../recipients/countBatches';
import { AudienceSummary } from './AudienceSummary';
import { SendResult } from './SendResult';

export interface ReviewDialogProps {
  message: ComposeMessage;
  audience: Audience;
  /** The one person's name when picked from the directory. */
  personName: string | null;
  status: ServerStatus | undefined;
  sender: string;
  onClose: (sendId: string | null) => void;
}

/**
 * The last look before sending: the message as recipients see it, its type, who gets it and
 * in how many requests. Mount it afresh for each review: its clientId is made once, so
 * however often Send is clicked, the server sends once.
 */
export function ReviewDialog({
  message,
  audience,
  personName,
  status,
  sender,
  onClose,
}: ReviewDialogProps) {
  const { t } = useTranslation('compose');
  const [clientId] = useState(newClientId);
  useEffect(() => {
    // The history page is one click away once sent: fetch its code now, not after the click.
    void import('../../history/HistoryDetailPage');
  }, []);
  const send = useSendMessage();
  const sendId = send.data?.id ?? null;
  const detail = useQuery({ ...messageOptions(sendId ?? ''), enabled: sendId !== null });
  const batchSize = status?.batchSize ?? 100;
  const batches = countBatches(audience, batchSize);
  const everyone = audience.kind === 'all';
  const count = audience.kind === 'users' ? audience.ids.length : 1;

  const submit = () => {
    if (send.isPending || sendId !== null) return;
    send.mutate({
      msg_type: message.msg_type,
      content: message.content,
      audience,
      clientId,
      ...(sender ? { sender } : {}),
    });
  };

  const footer =
    sendId === null ? (
      <>
        <Button onClick={() => onClose(null)} disabled={send.isPending}>
          {t('review.back')}
        </Button>
        <Button
          variant={everyone ? 'danger' : 'primary'}
          icon={<Send size={16} />}
          disabled={send.isPending}
          onClick={submit}
          data-testid="confirm-send"
        >
          {send.isPending
            ? t('review.sending')
            : everyone
              ? t('review.sendAll')
              : t('review.send', { count })}
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
          : !detail.data || detail.data.outcome === 'sending'
            ? t('review.resultTitle')
            : t('review.doneTitle')
      }
      footer={footer}
    >
      <div className="cp-review">
        <div className="cp-review__preview">
          <MessagePreview message={message} />
        </div>
        <div className="cp-review__facts">
          <dl className="cp-facts">
            <dt>{t('review.type')}</dt>
            <dd>{t(`type.${message.msg_type}`)}</dd>
            <dt>{t('review.recipients')}</dt>
            <dd>
              <AudienceSummary audience={audience} personName={personName} />
            </dd>
            <dt>{t('review.requests')}</dt>
            <dd data-testid="review-batches">
              {everyone
                ? t('review.requestsAll')
                : t('review.requestsCount', { count: batches, size: batchSize })}
            </dd>
            <dt>{t('review.destination')}</dt>
            <dd>
              {status?.mode === 'live'
                ? t('review.live', { appId: status.appId ?? '' })
                : t('review.sandbox')}
            </dd>
            <dt>{t('review.sender')}</dt>
            <dd>{sender || <span className="cp-muted">{t('review.noSender')}</span>}</dd>
          </dl>
          {everyone && sendId === null ? (
            <p className="cp-review__all" role="alert">
              {t('review.allWarning')}
            </p>
          ) : null}
          {send.isError ? (
            <p className="cp-error" role="alert">
              {send.error instanceof ApiRequestError && send.error.code === 'network'
                ? t('review.offline')
                : t('review.failed', { message: send.error.message })}
            </p>
          ) : null}
          {detail.data ? <SendResult detail={detail.data} /> : null}
        </div>
      </div>
    </Dialog>
  );
}
