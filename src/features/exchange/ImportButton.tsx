import { FileInput } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Button } from '../../ui/Button';

const ImportDialog = lazy(() =>
  import('./ImportDialog').then((module) => ({ default: module.ImportDialog })),
);

/** Opens the import dialog: paste or drop a message in any form, open it in its editor. */
export function ImportButton({ variant = 'secondary' }: { variant?: 'secondary' | 'primary' }) {
  const { t } = useTranslation('exchange');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} icon={<FileInput size={16} />} onClick={() => setOpen(true)}>
        {t('import.button')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ImportDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
