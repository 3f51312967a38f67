import { Eraser, FileUp } from 'lucide-react';
import { lazy, Suspense, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { HiddenFileInput, TABLE_FILE_TYPES } from '../../../ui/HiddenFileInput';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { cleanRecipients } from './cleanRecipients';
import type { CsvImportDialog as CsvDialog } from './CsvImportDialog';
import { parseRecipients, type ParsedRecipients } from './parseRecipients';
import { RecipientChecks } from './RecipientChecks';
import { Banner } from '../../../ui/Banner';

// The CSV dialog and its parser (papaparse) download when a file is chosen.
const LazyCsvDialog = lazy(() =>
  import('./CsvImportDialog').then((module) => ({ default: module.CsvImportDialog })),
);
function CsvImportDialog(props: ComponentProps<typeof CsvDialog>) {
  return (
    <Suspense fallback={null}>
      <LazyCsvDialog {...props} />
    </Suspense>
  );
}

/** Largest CSV read in the browser. */
const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** The pasted list of open_ids (or a CSV column), checked as it is typed. */
export function RecipientListField({
  value,
  onChange,
  parsed,
}: {
  value: string;
  onChange: (value: string) => void;
  parsed: ParsedRecipients;
}) {
  const { t } = useTranslation('compose');
  const fileInput = useRef<HTMLInputElement>(null);
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const readFile = (file: File) => {
    setFileError(null);
    if (file.size > MAX_CSV_BYTES) {
      setFileError(t('csv.tooBig', { name: file.name, size: Math.round(file.size / 1048576) }));
      return;
    }
    file.text().then(
      (text) => setCsv({ name: file.name, text }),
      () => setFileError(t('csv.unreadable', { name: file.name })),
    );
  };

  return (
    <div className="cp-list">
      <Field
        label={t('list.label')}
        hint={t('list.hint')}
        aside={
          <div className="cp-list__actions">
            <Button
              size="sm"
              icon={<FileUp size={14} />}
              onClick={() => fileInput.current?.click()}
            >
              {t('list.upload')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon={<Eraser size={14} />}
              disabled={value === ''}
              onClick={() => onChange('')}
            >
              {t('list.clear')}
            </Button>
          </div>
        }
      >
        {(ids) => (
          <TextArea
            id={ids.id}
            className="cp-list__text"
            value={value}
            rows={7}
            spellCheck={false}
            placeholder={t('list.placeholder')}
            aria-describedby={ids.describedBy}
            aria-invalid={parsed.malformed.length > 0 || undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      <HiddenFileInput
        ref={fileInput}
        accept={TABLE_FILE_TYPES}
        testId="csv-file"
        onFile={readFile}
      />
      {fileError ? <Banner tone="error">{fileError}</Banner> : null}
      {value.trim() !== '' ? (
        <RecipientChecks
          parsed={parsed}
          onClean={(what) => onChange(cleanRecipients(parseRecipients(value), what))}
        />
      ) : null}
      {csv ? (
        <CsvImportDialog
          fileName={csv.name}
          text={csv.text}
          onCancel={() => setCsv(null)}
          onAdd={(ids) => {
            const base = value.replace(/\s+$/, '');
            onChange(base === '' ? ids.join('\n') : `${base}\n${ids.join('\n')}`);
            setCsv(null);
          }}
        />
      ) : null}
    </div>
  );
}
