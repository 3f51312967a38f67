import { AlertTriangle } from 'lucide-react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { dismissStorageNotice, useStorageNotice } from '../lib/storage/storageNotice';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';

/**
 * Says so when this browser does not keep the work (storage full or disabled: it stays in this
 * tab) or when a stored value could not be read (its text was kept aside). src/lib/storage.
 */
export function StorageNotice() {
  const { t } = useTranslation();
  const problem = useStorageNotice((state) => state.problem);
  const unreadable = useStorageNotice((state) => state.unreadable);
  return (
    <div role="status" className="shell-storage">
      {problem || unreadable ? (
        <Banner
          tone="warning"
          role={undefined}
          className="shell-storage__notice"
          icon={<AlertTriangle size={16} />}
          action={
            <Button size="sm" variant="ghost" onClick={dismissStorageNotice}>
              {t('storage.dismiss')}
            </Button>
          }
        >
          {problem ? t(`storage.${problem}`) : t('storage.unreadable', { key: unreadable })}
        </Banner>
      ) : null}
    </div>
  );
}
