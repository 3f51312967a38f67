import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { dismissUnreadableDraft, useDraftStatus } from './store/draftStatus';

/** Says so when the saved draft could not be read, and where its text was kept. */
export function DraftNotice() {
  const { t } = useTranslation('designer');
  const unreadable = useDraftStatus((state) => state.unreadable);
  if (!unreadable) return null;
  return (
    <div className="dz-notice" role="alert">
      <AlertTriangle size={16} aria-hidden="true" />
      <p>{t('draft.unreadable', { key: unreadable.backupKey })}</p>
      <Button size="sm" onClick={dismissUnreadableDraft}>
        {t('draft.dismiss')}
      </Button>
    </div>
  );
}
