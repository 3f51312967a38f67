import { useQuery } from '@tanstack/react-query';
import { Check, ClipboardCopy, Download, KeyRound } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { exportTargetOptions } from '../../api/templates';
import {
  CHANNELS,
  MIND_API_URL,
  endpointOf,
  endpointUrl,
  validateContent,
  type Channel,
} from '../../mind';
import { Button } from '../../ui/Button';
import { CodeBlock } from '../../ui/CodeBlock';
import { Dialog } from '../../ui/Dialog';
import { IssueList } from '../../ui/IssueList';
import { Select } from '../../ui/Select';
import { Tabs } from '../../ui/Tabs';
import { TextInput } from '../../ui/TextInput';
import { copyText } from '../../ui/copyText';
import { GROUP_PLACEHOLDER, RECIPIENT_PLACEHOLDER } from './buildSnippets';
import { downloadText } from '../../ui/downloadText';
import type { WorkMessage } from '../../work/workMessage';
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
  const [channel, setChannel] = useState<Channel>('subscribers');
  const [copied, setCopied] = useState<ExportFormat | null>(null);
  const recipients = useMemo(() => parseRecipientIds(recipientText), [recipientText]);
  const errors = useMemo(
    () =>
      validateContent(message.msg_type, message.content, '/content', channel).filter(
        (item) => item.severity === 'error',
      ),
    [message, channel],
  );
  const snippetTarget = target.data
    ? { appId: target.data.appId, apiUrl: target.data.apiUrl, channel }
    : { appId: null, apiUrl: MIND_API_URL, channel };
  const recipientsKey = channel === 'group' ? 'export.group' : 'export.recipients';
  // An article goes only to subscribers, through its own endpoint (send_article_message).
  const channels = message.msg_type === 'article' ? (['subscribers'] as const) : CHANNELS;
  const url = endpointUrl(endpointOf(channel, message.msg_type), snippetTarget.apiUrl);

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
        <CodeBlock
          className="ex-code__text"
          code={exported.text}
          label={t(`export.tab.${item}`)}
          data-testid={`export-${item}`}
        />
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
        {errors.length > 0 ? (
          <div className="ex-export__errors" role="alert" data-testid="export-errors">
            <p className="ex-found__subtitle">{t('export.errors', { count: errors.length })}</p>
            <IssueList issues={errors} />
          </div>
        ) : null}
        <Select
          label={t('export.channel')}
          value={channel}
          onChange={(event) => setChannel(event.target.value as Channel)}
        >
          {channels.map((item) => (
            <option key={item} value={item}>
              {t(`export.channels.${endpointOf(item, message.msg_type)}`)}
            </option>
          ))}
        </Select>
        <TextInput
          label={t(recipientsKey)}
          hint={
            channel === 'group'
              ? recipients.length === 0
                ? t('export.groupEmpty', { placeholder: GROUP_PLACEHOLDER })
                : t('export.groupSet', { id: recipients[0] ?? '' })
              : recipients.length === 0
                ? t('export.recipientsEmpty', { placeholder: RECIPIENT_PLACEHOLDER })
                : t(channel === 'robot' ? 'export.robotSet' : 'export.recipientsSet', {
                    count: recipients.length,
                  })
          }
          value={recipientText}
          spellCheck={false}
          placeholder={channel === 'group' ? 'og_…' : 'ou_…, ou_…'}
          onChange={(event) => setRecipientText(event.target.value)}
        />
        <p className="ex-secret">
          <KeyRound size={14} aria-hidden="true" />
          <span>
            {target.isPending
              ? t('export.targetLoading')
              : target.data?.appId
                ? t('export.target', { appId: target.data.appId, url })
                : t('export.targetNoApp', { url })}{' '}
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
