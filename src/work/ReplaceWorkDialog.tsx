import { useTranslation } from '../lib/i18n/useTranslation';
import type { MsgType } from '../mind';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { describeWork } from './describeWork';
import { currentContent } from './editorWork';

export interface ReplaceWorkDialogProps {
  msgType: MsgType;
  /** What is coming in, named for the person: a template's name, "the shared card". */
  incoming: string;
  onCancel: () => void;
  onReplace: () => void;
}

/** Asks before an opened message replaces unsaved work in its editor. */
export function ReplaceWorkDialog({
  msgType,
  incoming,
  onCancel,
  onReplace,
}: ReplaceWorkDialogProps) {
  const { t } = useTranslation('exchange');
  const work = describeWork(msgType, currentContent(msgType), t);
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onCancel())}
      size="sm"
      title={t(`replace.title.${msgType}`)}
      description={t('replace.description', { work, incoming })}
      footer={
        <>
          <Button onClick={onCancel}>{t('replace.keep')}</Button>
          <Button variant="danger" onClick={onReplace}>
            {t('replace.confirm')}
          </Button>
        </>
      }
    >
      <p className="ex-muted">
        {msgType === 'interactive' ? t('replace.undoCard') : t('replace.noUndo')}
      </p>
    </Dialog>
  );
}
