import { CalendarClock, WifiOff, XCircle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { useCancelSend, useRescheduleSend } from '../../api/messages';
import { checkSendAt, SCHEDULE_HORIZON_DAYS } from '../../api/schedule';
import type { SendOutcome } from '../../api/schemas';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/formatDateTime';
import { fromLocalInput, timeZoneLabel, toLocalInput } from '../../ui/localDateTime';
import { SendAtField } from '../../ui/SendAtField';
import { Banner } from '../../ui/Banner';
import { useTimeReached } from '../../ui/useTimeReached';

/**
 * A scheduled send's time, in the reader's time zone, with its two changes: another time, or
 * cancel (each asks first). The server refuses both once the send has begun, and says so.
 * Render it for every send with a `sendAt`: it shows nothing unless the send is scheduled, but
 * a dialog open when the send begins going out stays, saying so (what was typed kept in view),
 * where unmounting it threw the typed time away without a word and dropped the focus to <body>.
 */
export function ScheduleActions({
  id,
  sendAt,
  outcome,
  label,
  lostContact = false,
  onCancelled,
}: {
  id: string;
  sendAt: string;
  outcome: SendOutcome;
  /** The page cannot reach the server: what it shows of the send may no longer hold. */
  lostContact?: boolean;
  /** What the send is, for the buttons' names: "the text to 3 people". */
  label: string;
  /**
   * The send is cancelled: these actions are about to go, the focus with them; the page says
   * where it goes instead (the outcome that takes their place).
   */
  onCancelled: () => void;
}) {
  const { t, i18n } = useTranslation('history');
  const [dialog, setDialog] = useState<'change' | 'cancel' | null>(null);
  // Cancelled is the cancel dialog's own doing (or another tab's): only going out overtakes one.
  const begun = outcome !== 'scheduled' && outcome !== 'cancelled';
  // A dialog was open when the send began: a line then says so where the buttons were, and the
  // dialog returns the focus to it, as its opener went with them.
  const [overtaken, setOvertaken] = useState(false);
  if (begun && dialog !== null && !overtaken) setOvertaken(true);
  const overtakenLine = useRef<HTMLParagraphElement>(null);
  const returnFocus = () => overtakenLine.current;
  const time = formatDateTime(sendAt, i18n.resolvedLanguage);
  // Its time has come and the server cannot say whether it began: "Goes out 10:00" at 10:05 would
  // read as "nothing went out" (as the send's result says too). The server's next answer ends it.
  const overdue = useTimeReached(outcome === 'scheduled' ? sendAt : null) && lostContact;
  if (outcome !== 'scheduled' && !overtaken) return null;
  // One tree whatever the outcome: a dialog open when the send begins keeps its place, so what
  // was typed in it stays.
  return (
    <div
      className="hs-schedule"
      data-testid={outcome === 'scheduled' ? 'schedule-actions' : 'schedule-overtaken'}
    >
      {outcome === 'scheduled' ? (
        <>
          <p
            className={`hs-schedule__when${overdue ? ' hs-schedule__when--overdue' : ''}`}
            data-testid="scheduled-time"
          >
            {overdue ? (
              <WifiOff size={14} aria-hidden="true" />
            ) : (
              <CalendarClock size={14} aria-hidden="true" />
            )}{' '}
            {t(overdue ? 'schedule.overdue' : 'schedule.at', {
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
        </>
      ) : (
        <p className="hs-schedule__when" tabIndex={-1} ref={overtakenLine}>
          {t('schedule.overtaken')}
        </p>
      )}
      {dialog === 'change' ? (
        <ChangeDialog
          id={id}
          sendAt={sendAt}
          begun={begun}
          onClose={() => setDialog(null)}
          returnFocus={returnFocus}
        />
      ) : null}
      {dialog === 'cancel' ? (
        <CancelDialog
          id={id}
          time={time}
          begun={begun}
          onClose={() => setDialog(null)}
          returnFocus={returnFocus}
          onCancelled={onCancelled}
        />
      ) : null}
    </div>
  );
}

/** Closes a dialog overtaken by the send's start: the focus on its Close, if it fell out. */
function useCloseFocus(begun: boolean) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Save (or Cancel the send) went away under the focus.
    if (begun && !close.current?.closest('[role="dialog"]')?.contains(document.activeElement))
      close.current?.focus();
  }, [begun]);
  return close;
}

function ChangeDialog({
  id,
  sendAt,
  begun,
  onClose,
  returnFocus,
}: {
  id: string;
  sendAt: string;
  /** The send began going out while this was open: it cannot be changed any more. */
  begun: boolean;
  onClose: () => void;
  returnFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation('history');
  const close = useCloseFocus(begun);
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
    if (begun || next === null || error !== null) return;
    reschedule.mutate({ id, sendAt: next }, { onSuccess: onClose });
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open && !reschedule.isPending) onClose();
      }}
      title={t('schedule.changeTitle')}
      returnFocus={returnFocus}
      footer={
        begun ? (
          <Button ref={close} variant="primary" onClick={onClose} data-testid="close-schedule">
            {t('close', { ns: 'common' })}
          </Button>
        ) : (
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
        )
      }
    >
      {begun ? (
        <Banner tone="warning" data-testid="schedule-begun">
          {t('schedule.begunChange')}
        </Banner>
      ) : null}
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

function CancelDialog({
  id,
  time,
  begun,
  onClose,
  returnFocus,
  onCancelled,
}: {
  id: string;
  time: string;
  /** The send began going out while this was open: it cannot be cancelled any more. */
  begun: boolean;
  onClose: () => void;
  returnFocus: () => HTMLElement | null;
  onCancelled: () => void;
}) {
  const { t } = useTranslation('history');
  const cancel = useCancelSend();
  const close = useCloseFocus(begun);
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open && !cancel.isPending) onClose();
      }}
      size="sm"
      title={t('schedule.cancelTitle')}
      description={begun ? undefined : t('schedule.cancelText', { time })}
      returnFocus={returnFocus}
      footer={
        begun ? (
          <Button ref={close} variant="primary" onClick={onClose} data-testid="close-schedule">
            {t('close', { ns: 'common' })}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={cancel.isPending}>
              {t('schedule.keep')}
            </Button>
            <Button
              variant="danger"
              icon={<XCircle size={16} />}
              disabled={cancel.isPending}
              onClick={() =>
                cancel.mutate(id, {
                  onSuccess: () => {
                    onCancelled();
                    onClose();
                  },
                })
              }
              data-testid="confirm-cancel"
            >
              {t('schedule.confirmCancel')}
            </Button>
          </>
        )
      }
    >
      {begun ? (
        <Banner tone="warning" data-testid="schedule-begun">
          {t('schedule.begunCancel')}
        </Banner>
      ) : null}
      {cancel.isError ? (
        <Banner tone="error">{t('schedule.failed', { message: cancel.error.message })}</Banner>
      ) : null}
    </Dialog>
  );
}
