import { Undo2, X } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { IconButton } from '../../../ui/IconButton';
import type { ListChange } from '../../../work/compose/listChange';
import '../LoadedNotice.css';

/** Says what a click took out of the list ("List cleared."), with the way back. */
export function ListChangeNotice({
  change,
  onUndo,
  onDismiss,
}: {
  change: ListChange;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('compose');
  return (
    <Banner
      className="cp-banner"
      tone="neutral"
      data-testid="list-change"
      action={
        <>
          <Button size="sm" variant="ghost" icon={<Undo2 size={14} />} onClick={onUndo}>
            {t('list.changed.undo')}
          </Button>
          <IconButton
            className="cp-banner__close"
            label={t('list.changed.dismiss')}
            icon={<X size={14} />}
            onClick={onDismiss}
          />
        </>
      }
    >
      {t(`list.changed.${change.kind}`, { count: change.count, id: change.id ?? '' })}
    </Banner>
  );
}
