import { Eraser, FileUp, ListChecks } from 'lucide-react';
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type ComponentProps,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Field } from '../../../ui/Field';
import { HiddenFileInput, TABLE_FILE_TYPES } from '../../../ui/HiddenFileInput';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { useFocusLater } from '../../../ui/useFocusLater';
import {
  dismissListChange,
  replaceList,
  undoableChange,
  undoListChange,
  useListChange,
} from '../../../work/compose/listChange';
import { cleanRecipients, type CleanUp } from './cleanRecipients';
import { countLines, SUMMARY_LINES } from './countLines';
import type { CsvImportDialog as CsvDialog } from './CsvImportDialog';
import { parseRecipients, type ParsedRecipients } from './parseRecipients';
import { ListChangeNotice } from './ListChangeNotice';
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
  const lines = useMemo(() => countLines(value), [value]);
  const long = lines > SUMMARY_LINES;
  // Shown as text though long, by choice; back to the summary when the list is short again.
  const [asText, setAsText] = useState(false);
  if (asText && !long) setAsText(false);
  const summarised = long && !asText;
  const summary = useRef<HTMLDivElement>(null);
  const summaryTextId = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);
  /** The text area became the summary, or back, under the user's hands: the focus follows. */
  const focusSummary = useRef(false);
  const focusText = useRef(false);
  useEffect(() => {
    if (summarised && focusSummary.current) summary.current?.focus();
    if (!summarised && focusText.current) textArea.current?.focus();
    focusSummary.current = false;
    focusText.current = false;
  }, [summarised]);
  // Clear, the checks' one-click fixes and the notice's dismiss go away with what they removed:
  // the focus goes to the list as it now is (the text area, or the summary while it is still
  // long), not <body>; after one problem id's own button, to the next id's button, else the
  // previous one's, else the list.
  const focusLater = useFocusLater();
  const root = useRef<HTMLDivElement>(null);
  const focusList = (entry?: string) =>
    focusLater(
      () =>
        [...(root.current?.querySelectorAll<HTMLElement>('[data-entry]') ?? [])].find(
          (button) => entry !== undefined && button.dataset.entry === entry,
        ) ??
        summary.current ??
        textArea.current,
    );

  // Clear and the fixes can be undone (the Undo in their notice, or Ctrl+Z in the list) while
  // the list is still what they left.
  const change = undoableChange(
    useListChange((state) => state.change),
    value,
  );
  const clear = () => {
    replaceList('', { kind: 'cleared', count: lines });
    focusList();
  };
  const clean = (what: CleanUp, next?: string) => {
    const now = parseRecipients(value);
    const removed =
      typeof what === 'object'
        ? { kind: 'one' as const, count: 1, id: what.id }
        : what === 'malformed'
          ? { kind: what, count: now.malformed.length }
          : what === 'doubtful'
            ? { kind: what, count: now.doubtful.length }
            : { kind: what, count: what === 'duplicates' ? now.duplicates : now.blanks };
    replaceList(cleanRecipients(now, what), removed);
    focusList(next);
  };
  const undo = () => {
    if (undoListChange()) focusList();
  };
  // The page's keyboard hint promises Ctrl+Z: in the list (or on its summary or buttons) it
  // undoes the last click's change; typed text is left to the text area's own undo.
  const onKeyDown = (event: KeyboardEvent) => {
    const isUndo =
      (event.ctrlKey || event.metaKey) &&
      !event.shiftKey &&
      !event.altKey &&
      event.key.toLowerCase() === 'z';
    if (!isUndo || !change) return;
    event.preventDefault();
    undo();
  };

  const edit = (next: string) => {
    if (!asText && countLines(next) > SUMMARY_LINES) focusSummary.current = true;
    onChange(next);
  };
  // A long paste goes straight into the list, not through the text area's layout first.
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const area = event.currentTarget;
    const next = value.slice(0, area.selectionStart) + pasted + value.slice(area.selectionEnd);
    if (asText || countLines(next) <= SUMMARY_LINES) return;
    event.preventDefault();
    edit(next);
  };

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
    <div className="cp-list" ref={root} onKeyDown={onKeyDown}>
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
              onClick={clear}
            >
              {t('list.clear')}
            </Button>
          </div>
        }
      >
        {(ids) =>
          summarised ? (
            <div
              ref={summary}
              id={ids.id}
              className="cp-list__summary"
              role="group"
              tabIndex={-1}
              aria-labelledby={`${ids.labelId} ${summaryTextId}`}
              aria-describedby={ids.describedBy}
            >
              <ListChecks size={18} aria-hidden="true" />
              <p id={summaryTextId}>
                <strong>{t('list.summary.lines', { count: lines })}</strong> {t('list.summary.why')}
              </p>
              <Button
                size="sm"
                onClick={() => {
                  focusText.current = true;
                  setAsText(true);
                }}
              >
                {t('list.summary.asText')}
              </Button>
            </div>
          ) : (
            <>
              <TextArea
                ref={textArea}
                id={ids.id}
                className="cp-list__text"
                value={value}
                rows={7}
                spellCheck={false}
                placeholder={t('list.placeholder')}
                aria-describedby={ids.describedBy}
                aria-invalid={parsed.malformed.length > 0 || undefined}
                onChange={(event) => edit(event.target.value)}
                onPaste={paste}
              />
              {long ? (
                <p className="cp-list__slow">
                  {t('list.summary.slow', { count: lines })}{' '}
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => {
                      focusSummary.current = true;
                      setAsText(false);
                    }}
                  >
                    {t('list.summary.asSummary')}
                  </Button>
                </p>
              ) : null}
            </>
          )
        }
      </Field>
      <HiddenFileInput
        ref={fileInput}
        accept={TABLE_FILE_TYPES}
        testId="csv-file"
        onFile={readFile}
      />
      {fileError ? <Banner tone="error">{fileError}</Banner> : null}
      {change ? (
        <ListChangeNotice
          change={change}
          onUndo={undo}
          onDismiss={() => {
            dismissListChange();
            focusList();
          }}
        />
      ) : null}
      {value.trim() !== '' ? <RecipientChecks parsed={parsed} onClean={clean} /> : null}
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
