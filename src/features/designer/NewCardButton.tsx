import { FilePlus2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { emptyCard } from '../../work/card/model/createDocument';
import { designerActions } from '../../work/card/store/useDesignerStore';

/** Starts a new, empty card after asking; undo brings the old one back. */
export function NewCardButton() {
  const { t } = useTranslation('designer');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FilePlus2 size={16} />} onClick={() => setOpen(true)}>
        {t('newCard.label')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        size="sm"
        title={t('newCard.title')}
        description={t('newCard.description')}
        footer={
          <>
            <Button onClick={() => setOpen(false)}>{t('newCard.cancel')}</Button>
            <Button
              variant="primary"
              onClick={() => {
                designerActions().replaceCard(emptyCard());
                setOpen(false);
              }}
            >
              {t('newCard.confirm')}
            </Button>
          </>
        }
      />
    </>
  );
}
