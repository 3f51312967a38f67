import { ChevronDown, ChevronRight } from 'lucide-react';
import { memo, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Link } from 'wouter';
import type { MessageSummary } from '../../api/schemas';
import { IconButton } from '../../ui/IconButton';
import { useFocusLater } from '../../ui/useFocusLater';
import { formatDateTime } from '../../ui/formatDateTime';
import { HistoryPreview } from './HistoryPreview';
import { OutcomeBadge } from './OutcomeBadge';
import { RecipientsLine } from './RecipientsLine';
import { ScheduleActions } from './ScheduleActions';

/** One past send: when, what, to whom, how it went, who sent it; opens to its detail. */
export const HistoryRow = memo(function HistoryRow({
  item,
  name,
  lostContact = false,
}: {
  item: MessageSummary;
  /** The directory's name for the first person it went to, where it knows one. */
  name?: string | undefined;
  /** The list's last refresh failed: the row shows what the server said before. */
  lostContact?: boolean;
}) {
  const { t, i18n } = useTranslation('history');
  const [open, setOpen] = useState(false);
  const time = formatDateTime(item.createdAt, i18n.resolvedLanguage);
  const type = t(`type.${item.msgType}`);
  // Cancelled, the row's schedule actions go: its outcome ("Cancelled") takes the focus once the
  // list shows it, so the next Tab goes on from this row, not from <body>.
  const outcome = useRef<HTMLSpanElement>(null);
  const focusLater = useFocusLater(item.outcome !== 'scheduled');
  return (
    <>
      <tr className="hs-row" data-testid="history-row" data-send-id={item.id}>
        <td>
          <IconButton
            className="hs-row__toggle"
            aria-expanded={open}
            label={
              open ? t('list.hidePreview', { type, time }) : t('list.showPreview', { type, time })
            }
            icon={open ? <ChevronDown size={16} /> : <ChevronRight size={16} />}
            onClick={() => setOpen(!open)}
          />
        </td>
        <td className="hs-row__time">
          <Link href={`/history/${item.id}`} aria-label={t('list.open', { type, time })}>
            {time}
          </Link>
        </td>
        <td className="hs-row__type">{type}</td>
        <td className="hs-row__recipients">
          <RecipientsLine audience={item.audience} channel={item.channel} name={name} />
        </td>
        <td className="hs-row__outcome">
          <span ref={outcome} tabIndex={-1} className="hs-outcome" data-testid="outcome">
            <OutcomeBadge outcome={item.outcome} progress={item.progress} />
          </span>
          {item.sendAt ? (
            <ScheduleActions
              id={item.id}
              sendAt={item.sendAt}
              outcome={item.outcome}
              label={t('schedule.what', { type, time })}
              lostContact={lostContact}
              onCancelled={() => focusLater(() => outcome.current)}
            />
          ) : null}
        </td>
        <td className="hs-row__sender" data-label={t('list.senderLabel')}>
          {item.sender ?? <span className="hs-muted">—</span>}
        </td>
      </tr>
      {open ? (
        <tr className="hs-row__preview">
          <td />
          <td colSpan={5}>
            <HistoryPreview id={item.id} />
          </td>
        </tr>
      ) : null}
    </>
  );
});
