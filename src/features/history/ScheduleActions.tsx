import { CalendarClock, XCircle } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelSend, useRescheduleSend } from '../../api/messages';
import { checkSendAt, SCHEDULE_HORIZON_DAYS } from '../../api/schedule';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/formatDateTime';
import { fromLocalInput, timeZoneLabel, toLocalInput } from '../../ui/localDateTime';
import { SendAtField } from '../../ui/SendAtField';
import { Banner } from '../../ui/Banner';

/**
 * A scheduled send's time, in the reader's time zone, with its two changes: another time, or
 * cancel (each asks first). The server refuses both once the send has begun, and says so.
 */
export function ScheduleActions({
  id,
  sendAt,
  label,
}: {
  id: string;
  sendAt: string;
  /** What the send is, for the buttons' names: "the text to 3 people". */
  label: string;
}) {
  const { t, i18n } = useTranslation('history');
  const [dialog, setDialog] = useState<'change' | 'cancel' | null>(null);
  const time = formatDateTime(sendAt, i18n.resolvedLanguage);
  return (
    <div className="hs-schedule" data-testid="schedule-actions">
      <p className="hs-schedule__when" data-testid="scheduled-time">
        <CalendarClock size={14} aria-hidden="true" />{' '}
        {t('schedule.at', {
          time,
          zone: timeZoneLabel(new Date(sendAt), i18n.resolvedLanguage),
        })}
      </p>
      <div className="hs-schedule__buttons">
        <Button
          size="sm"
          variant="ghost"
          aria-label={t('schedule.changeLabel', { what: label })}
          onClick={() => setDialog('change')}
        >
          {t('schedule.change')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={t('schedule.cancelLabel', { what: label })}
          onClick={() => setDialog('cancel')}
        >
          {t('schedule.cancel')}
        </Button>
      </div>
      {dialog === 'change' ? (
        <ChangeDialog id={id} sendAt={sendAt} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'cancel' ? (
        <CancelDialog id={id} time={time} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}

function ChangeDialog({
  id,
  sendAt,
  onClose,
}: {
  id: string;
  sendAt: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('history');
  const [when, setWhen] = useState(() => toLocalInput(new Date(sendAt)));
  const [now] = useState(Date.now);
  const reschedule = useRescheduleSend();
  const next = fromLocalInput(when);
  const checked = next === null ? null : checkSendAt(next);
  const error =
    checked === null
      ? t('schedule.error.send-at-invalid')
      : checked.ok
        ? null
        : t(`schedule.error.${checked.code}`, { days: SCHEDULE_HORIZON_DAYS });
  const save = () => {
    if (next === null || error !== null) return;
    reschedule.mutate({ id, sendAt: next }, { onSuccess: onClose });
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open && !reschedule.isPending) onClose();
      }}
      title={t('schedule.changeTitle')}
      footer={
        <>
          <Button onClick={onClose} disabled={reschedule.isPending}>
            {t('schedule.keepTime')}
          </Button>
          <Button
            variant="primary"
            icon={<CalendarClock size={16} />}
            disabled={reschedule.isPending || error !== null}
            onClick={save}
            data-testid="save-schedule"
          >
            {t('schedule.save')}
          </Button>
        </>
      }
    >
      <SendAtField
        label={t('schedule.label')}
        value={when}
        onChange={setWhen}
        error={error}
        min={toLocalInput(new Date(now))}
        max={toLocalInput(new Date(now + SCHEDULE_HORIZON_DAYS * 86_400_000))}
        testId="reschedule-at"
        focusOnMount
      />
      {reschedule.isError ? (
        <Banner tone="error">{t('schedule.failed', { message: reschedule.error.message })}</Banner>
      ) : null}
    </Dialog>
  );
}

function CancelDialog({ id, time, onClose }: { id: string; time: string; onClose: () => void }) {
  const { t } = useTranslation('history');
  const cancel = useCancelSend();
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open && !cancel.isPending) onClose();
      }}
      size="sm"
      title={t('schedule.cancelTitle')}
      description={t('schedule.cancelText', { time })}
      footer={
        <>
          <Button onClick={onClose} disabled={cancel.isPending}>
            {t('schedule.keep')}
          </Button>
          <Button
            variant="danger"
            icon={<XCircle size={16} />}
            disabled={cancel.isPending}
            onClick={() => cancel.mutate(id, { onSuccess: onClose })}
            data-testid="confirm-cancel"
          >
            {t('schedule.confirmCancel')}
          </Button>
        </>
      }
    >
      {cancel.isError ? (
        <Banner tone="error">{t('schedule.failed', { message: cancel.error.message })}</Banner>
      ) : null}
    </Dialog>
  );
}
