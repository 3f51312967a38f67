import { CopyPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { useLocation } from 'wouter';
import type { MessageDetail } from '../../api/schemas';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/formatDateTime';
import { loadIntoCompose } from '../../work/compose/loadIntoCompose';
import { hasUnsavedWork } from '../../work/editorWork';
import { ReplaceWorkDialog } from '../../work/ReplaceWorkDialog';

/**
 * Puts the send back into compose to send again; asks first when its editor (the designer's
 * card, the rich text, compose's text) holds work not saved as a template, as opening a
 * template or an import does.
 */
export function DuplicateButton({ send }: { send: MessageDetail }) {
  const { t, i18n } = useTranslation('history');
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const duplicate = () => {
    setAsking(false);
    loadIntoCompose(send);
    navigate('/compose');
  };
  return (
    <>
      <Button
        variant="primary"
        icon={<CopyPlus size={16} />}
        onClick={() => (hasUnsavedWork(send.msgType, send.content) ? setAsking(true) : duplicate())}
      >
        {t('detail.duplicate')}
      </Button>
      {asking ? (
        <ReplaceWorkDialog
          msgType={send.msgType}
          incoming={t('detail.duplicated', {
            time: formatDateTime(send.createdAt, i18n.resolvedLanguage),
          })}
          onCancel={() => setAsking(false)}
          onReplace={duplicate}
        />
      ) : null}
    </>
  );
}
