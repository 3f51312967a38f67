import { AlertTriangle, Download, RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { readBackup } from '../../lib/storage';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/downloadText';
import {
  dismissFollowed,
  dismissUnreadableDraft,
  useDraftStatus,
} from '../../work/card/store/draftStatus';
import './draftNotice.css';

/**
 * Says so when a saved draft could not be read (and where its text was kept), and, politely,
 * when the card was updated with an edit made in another tab.
 */
export function DraftNotice() {
  const { t } = useTranslation('designer');
  const unreadable = useDraftStatus((state) => state.unreadable);
  const followed = useDraftStatus((state) => state.followed);
  return (
    <>
      {unreadable ? (
        <div className="dz-notice" role="alert">
          <AlertTriangle size={16} aria-hidden="true" />
          <p>
            {t(unreadable.fromOtherTab ? 'draft.unreadableFromOtherTab' : 'draft.unreadable', {
              key: unreadable.backupKey,
            })}
          </p>
          <Button
            size="sm"
            icon={<Download size={14} />}
            onClick={() =>
              downloadText(
                'unreadable-card-draft.txt',
                readBackup(unreadable.backupKey),
                'text/plain',
              )
            }
          >
            {t('draft.downloadUnreadable')}
          </Button>
          <Button size="sm" onClick={dismissUnreadableDraft}>
            {t('draft.dismiss')}
          </Button>
        </div>
      ) : null}
      {/* Always in the page, so a screen reader hears the status when it appears. */}
      <div role="status">
        {followed ? (
          <div className="dz-notice dz-notice--info">
            <RefreshCw size={16} aria-hidden="true" />
            <p>{t('draft.followed')}</p>
            <Button size="sm" variant="ghost" onClick={dismissFollowed}>
              {t('draft.dismiss')}
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
