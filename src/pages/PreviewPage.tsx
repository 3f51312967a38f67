import { BookOpen, Braces, ChevronDown } from 'lucide-react';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { TextArea } from '../ui/TextArea';
import { PageHeader } from '../app/PageHeader';
import { STORED, readStoredText, writeStoredText } from '../lib/storage';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { IssueList } from '../ui/IssueList';
import { Menu } from '../ui/Menu';
import { parseJson, stringifyJson } from '../mind';
import { LAB_EXAMPLES } from '../features/preview/labExamples';
import { labPreviewMessage } from '../features/preview/labPreviewMessage';
import { PreviewPane } from '../features/preview/PreviewPane';
import '../features/preview/previewPage.css';
// The lab shows any message, often markdown: its renderer comes with the page, not on demand.
import '../features/preview/renderMarkdown';

// Storage unavailable (private mode): the lab starts from the first example.
const initialText = (): string =>
  readStoredText(STORED.previewLab) ?? stringifyJson(LAB_EXAMPLES[0]?.json ?? {}, 2);

/** The preview lab: paste any message JSON and see it as recipients will. */
export function PreviewPage() {
  const { t } = useTranslation('preview');
  const [text, setText] = useState(initialText);
  const deferredText = useDeferredValue(text);
  const { result, message } = useMemo(() => labPreviewMessage(deferredText), [deferredText]);

  useEffect(() => writeStoredText(STORED.previewLab, text), [text]);

  const format = () => {
    const parsed = parseJson(text);
    if (parsed.ok) setText(stringifyJson(parsed.value, 2));
  };

  const errorCount = result.issues.filter((item) => item.severity === 'error').length;
  const warningCount = result.issues.length - errorCount;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Menu
              label={t('lab.examples.label')}
              trigger={
                <Button icon={<BookOpen size={16} />}>
                  {t('lab.examples.label')}
                  <ChevronDown size={14} aria-hidden="true" />
                </Button>
              }
              items={LAB_EXAMPLES.map((example) => ({
                key: example.key,
                label: t(`lab.examples.${example.labelKey}`),
                onSelect: () => setText(stringifyJson(example.json, 2)),
              }))}
            />
            <Button icon={<Braces size={16} />} onClick={format}>
              {t('lab.format')}
            </Button>
          </>
        }
      />
      <div className="pl-layout">
        <div className="pl-input">
          <label htmlFor="preview-lab-json" className="pl-input__label">
            {t('lab.input')}
          </label>
          <p id="preview-lab-hint" className="pl-input__hint">
            {t('lab.hint')}
          </p>
          <TextArea
            id="preview-lab-json"
            className="pl-input__json"
            value={text}
            spellCheck={false}
            wrap="off"
            aria-describedby="preview-lab-hint preview-lab-status"
            aria-invalid={errorCount > 0}
            onChange={(event) => setText(event.target.value)}
          />
          <div id="preview-lab-status" className="pl-status" role="status">
            {result.kind ? (
              <Badge tone={errorCount ? 'danger' : warningCount ? 'warning' : 'success'}>
                {t(`lab.kind.${result.kind}`)}
              </Badge>
            ) : null}
            <span>
              {errorCount || warningCount
                ? t('lab.counts', {
                    errors: t('lab.errors', { count: errorCount }),
                    warnings: t('lab.warnings', { count: warningCount }),
                  })
                : t('lab.noIssues')}
            </span>
          </div>
          {result.issues.length ? <IssueList issues={result.issues} /> : null}
        </div>
        <div className="pl-preview" data-rendered-length={deferredText.length}>
          {message ? (
            <>
              {!result.ok ? <p className="pl-partial">{t('lab.partial')}</p> : null}
              <PreviewPane message={message} />
            </>
          ) : (
            <p className="pl-nothing">{t('lab.nothing')}</p>
          )}
        </div>
      </div>
    </>
  );
}
