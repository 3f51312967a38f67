import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Template } from '../../api/schemas';
import { usePurgeTemplate } from '../../api/templates';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Banner } from '../../ui/Banner';

/** Deletes a template in the trash for good, with all its versions, after asking. */
export function PurgeDialog({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation('templates');
  const purge = usePurgeTemplate();
  return (
    <Dialog
      open
      size="sm"
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('purge.title', { name: template.name })}
      description={t('purge.description', { count: template.version })}
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button
            variant="danger"
            disabled={purge.isPending}
            onClick={() => purge.mutate(template.id, { onSuccess: onClose })}
          >
            {t('purge.confirm')}
          </Button>
        </>
      }
    >
      {purge.isError ? <Banner tone="error">{purge.error.message}</Banner> : null}
    </Dialog>
  );
}
