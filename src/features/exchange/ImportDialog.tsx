import { FileUp } from 'lucide-react';
import { useDeferredValue, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { detectImport } from '../../mind';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { PlacedIssues } from '../../ui/IssueList';
import { TextArea } from '../../ui/TextArea';
import { describeImport } from './describeImport';
import { editorPath } from '../../work/editors';
import { ImportSummaryView } from './ImportSummaryView';
import { useOpenMessage } from '../../work/useOpenMessage';
import './exchange.css';

/** Files larger than this are refused before reading: no message is anywhere near it. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Paste or drop JSON in any form `detectImport` knows; see what was found, then open it in
 * its editor. Invalid input is refused with its problems and the current work is untouched.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('exchange');
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const deferred = useDeferredValue(text);
  const result = useMemo(() => (deferred.trim() ? detectImport(deferred) : null), [deferred]);
  const summary = result?.ok ? describeImport(result) : null;
  const { open, dialog } = useOpenMessage();

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t('import.fileTooLarge', { name: file.name }));
      return;
    }
    setFileError(null);
    setText(await file.text());
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  const openFound = () => {
    if (!summary) return;
    open(
      { msg_type: summary.msgType, content: summary.content },
      { incoming: t('import.incoming'), onOpened: onClose },
    );
  };

  const problems = result && !result.ok ? result.issues : [];
  return (
    <>
      <Dialog
        open
        onOpenChange={(next) => (next ? undefined : onClose())}
        size="lg"
        title={t('import.title')}
        description={t('import.description')}
        footer={
          <>
            <Button onClick={onClose}>{t('cancel')}</Button>
            <Button variant="primary" disabled={!summary || text !== deferred} onClick={openFound}>
              {summary ? t(`import.open.${summary.msgType}`) : t('import.openDisabled')}
            </Button>
          </>
        }
      >
        <Field
          label={t('import.label')}
          controlId="ex-import-text"
          className={`ex-drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          {({ id }) => (
            <>
              <TextArea
                id={id}
                className="ex-drop__text"
                value={text}
                spellCheck={false}
                placeholder={t('import.placeholder')}
                aria-invalid={problems.length > 0 || fileError !== null || undefined}
                aria-describedby="ex-import-result"
                onChange={(event) => {
                  setText(event.target.value);
                  setFileError(null);
                }}
              />
              <div className="ex-drop__bar">
                <span className="ex-muted">{t('import.dropHint')}</span>
                <Button
                  size="sm"
                  icon={<FileUp size={14} />}
                  onClick={() => fileInput.current?.click()}
                >
                  {t('import.chooseFile')}
                </Button>
                <input
                  ref={fileInput}
                  type="file"
                  accept=".json,application/json,text/plain"
                  hidden
                  onChange={(event) => {
                    void readFile(event.target.files?.[0]);
                    event.target.value = '';
                  }}
                />
              </div>
            </>
          )}
        </Field>
        <div id="ex-import-result" className="ex-import-result" aria-live="polite">
          {fileError ? (
            <p className="ex-refused ex-refused__title" role="alert">
              {fileError}
            </p>
          ) : problems.length > 0 ? (
            <div className="ex-refused" data-testid="import-refused">
              <p className="ex-refused__title">{t('import.refused')}</p>
              <PlacedIssues issues={problems} />
            </div>
          ) : summary ? (
            <ImportSummaryView summary={summary} target={editorPath(summary.msgType)} />
          ) : null}
        </div>
      </Dialog>
      {dialog}
    </>
  );
}
