import { useQuery } from '@tanstack/react-query';
import { Check, ClipboardCopy, Download, KeyRound } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportTargetOptions } from '../../api/templates';
import { MIND_API_URL } from '../../mind';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Tabs } from '../../ui/Tabs';
import { copyText } from '../designer/copyText';
import { RECIPIENT_PLACEHOLDER } from './buildSnippets';
import { downloadText } from '../../ui/downloadText';
import type { WorkMessage } from './editorWork';
import { EXPORT_FORMATS, exportText, parseRecipientIds, type ExportFormat } from './exportTexts';
import './exchange.css';

export interface CodeExportDialogProps {
  message: WorkMessage;
  /** The tab shown first. */
  initial?: ExportFormat;
  onClose: () => void;
}

/**
 * Every way to take a message away: the content JSON, the request body Mind receives, and
 * curl / TypeScript / Python code that sends it with the secret read from the environment.
 */
export function CodeExportDialog({ message, initial = 'curl', onClose }: CodeExportDialogProps) {
  const { t } = useTranslation('exchange');
  const target = useQuery(exportTargetOptions());
  const [format, setFormat] = useState<ExportFormat>(initial);
  const [recipientText, setRecipientText] = useState('');
  const [copied, setCopied] = useState<ExportFormat | null>(null);
  const recipientsId = useId();
  const recipients = useMemo(() => parseRecipientIds(recipientText), [recipientText]);
  const snippetTarget = target.data
    ? { appId: target.data.appId, apiUrl: target.data.apiUrl }
    : { appId: null, apiUrl: MIND_API_URL };

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const panel = (item: ExportFormat) => {
    const exported = exportText(item, message, snippetTarget, recipients);
    return (
      <div className="ex-code">
        <div className="ex-code__bar">
          <p className="ex-muted">{t(`export.about.${item}`)}</p>
          <Button
            size="sm"
            icon={copied === item ? <Check size={14} /> : <ClipboardCopy size={14} />}
            onClick={() => void copyText(exported.text).then((done) => done && setCopied(item))}
          >
            {copied === item ? t('export.copied') : t('export.copy')}
          </Button>
          <Button
            size="sm"
            icon={<Download size={14} />}
            onClick={() => downloadText(exported.fileName, exported.text, exported.mime)}
          >
            {t('export.download', { name: exported.fileName })}
          </Button>
        </div>
        <pre
          className="ex-code__text"
          tabIndex={0}
          aria-label={t(`export.tab.${item}`)}
          data-testid={`export-${item}`}
        >
          {exported.text}
        </pre>
      </div>
    );
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      size="lg"
      title={t('export.title', { type: t(`type.${message.msg_type}`) })}
      description={t('export.description')}
      footer={<Button onClick={onClose}>{t('close')}</Button>}
    >
      <div className="ex-export">
        <div className="ui-field">
          <label htmlFor={recipientsId} className="ui-field__label">
            {t('export.recipients')}
          </label>
          <input
            id={recipientsId}
            className="ui-input"
            value={recipientText}
            spellCheck={false}
            placeholder="ou_…, ou_…"
            aria-describedby={`${recipientsId}-hint`}
            onChange={(event) => setRecipientText(event.target.value)}
          />
          <p id={`${recipientsId}-hint`} className="ui-field__hint">
            {recipients.length === 0
              ? t('export.recipientsEmpty', { placeholder: RECIPIENT_PLACEHOLDER })
              : t('export.recipientsSet', { count: recipients.length })}
          </p>
        </div>
        <p className="ex-secret">
          <KeyRound size={14} aria-hidden="true" />
          <span>
            {target.isPending
              ? t('export.targetLoading')
              : target.data?.appId
                ? t('export.target', { appId: target.data.appId, url: snippetTarget.apiUrl })
                : t('export.targetNoApp', { url: snippetTarget.apiUrl })}{' '}
            {t('export.secret')}
          </span>
        </p>
        <Tabs
          label={t('export.formats')}
          value={format}
          onValueChange={(value) => setFormat(value as ExportFormat)}
          items={EXPORT_FORMATS.map((item) => ({
            value: item,
            label: t(`export.tab.${item}`),
            content: panel(item),
          }))}
        />
      </div>
    </Dialog>
  );
}
