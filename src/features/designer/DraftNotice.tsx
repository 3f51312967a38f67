import { AlertTriangle, Download, RefreshCw } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { readBackup } from '../../lib/storage';
import { Banner } from '../../ui/Banner';
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
        <Banner
          tone="warning"
          role="alert"
          className="dz-notice"
          icon={<AlertTriangle size={16} />}
          action={
            <>
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
            </>
          }
        >
          {t(unreadable.fromOtherTab ? 'draft.unreadableFromOtherTab' : 'draft.unreadable', {
            key: unreadable.backupKey,
          })}
        </Banner>
      ) : null}
      {/* Always in the page, so a screen reader hears the status when it appears. */}
      <div role="status">
        {followed ? (
          <Banner
            role={undefined}
            className="dz-notice"
            icon={<RefreshCw size={16} />}
            action={
              <Button size="sm" variant="ghost" onClick={dismissFollowed}>
                {t('draft.dismiss')}
              </Button>
            }
          >
            {t('draft.followed')}
          </Banner>
        ) : null}
      </div>
    </>
  );
}
