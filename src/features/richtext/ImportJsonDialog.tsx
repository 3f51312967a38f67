import { useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { detectImport, type MindIssue, type RichTextDoc } from '../../mind';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { IssueList } from '../../ui/IssueList';
import { TextArea } from '../../ui/TextArea';

export interface ImportJsonDialogProps {
  onClose: () => void;
  onImport: (doc: RichTextDoc) => void;
}

/**
 * Opens pasted JSON: a rich_text array, a TipTap document, a `content` string or a whole
 * rich_text request. Anything else is refused with the reason, and nothing changes.
 */
export function ImportJsonDialog({ onClose, onImport }: ImportJsonDialogProps) {
  const { t } = useTranslation('richtext');
  // JSON syntax errors are said in the reader's language from this namespace (issueText).
  useTranslation('exchange');
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<MindIssue[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    const result = detectImport(text);
    if (!result.ok) {
      setError(t('import.failed'));
      setIssues(result.issues);
      return;
    }
    if (result.message.msg_type !== 'rich_text') {
      setError(
        t('import.notRichText', { what: t(`import.kinds.${result.message.msg_type ?? 'text'}`) }),
      );
      setIssues([]);
      return;
    }
    onImport(result.message.content);
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('import.title')}
      description={t('import.description')}
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant="primary" onClick={load} disabled={text.trim() === ''}>
            {t('import.load')}
          </Button>
        </>
      }
    >
      <TextArea
        label={t('import.label')}
        error={error}
        className="rt-import__text"
        value={text}
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
          setIssues([]);
        }}
      />
      {issues.length > 0 ? <IssueList issues={issues} /> : null}
    </Dialog>
  );
}
