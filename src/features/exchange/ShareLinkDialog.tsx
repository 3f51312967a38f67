import { Check, ClipboardCopy, Download, ExternalLink, Link2Off } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { TextInput } from '../../ui/TextInput';
import { copyText } from '../../ui/copyText';
import { downloadText } from '../../ui/downloadText';
import type { WorkMessage } from '../../work/workMessage';
import { exportText } from './exportTexts';
import { buildShareLink } from './shareLink';
import './exchange.css';

const kilobytes = (length: number) => (length / 1024).toFixed(1);

/** A link carrying the message (in the hash, never sent to a server), or a file when too large. */
export function ShareLinkDialog({
  message,
  onClose,
}: {
  message: WorkMessage;
  onClose: () => void;
}) {
  const { t } = useTranslation('exchange');
  const link = useMemo(() => buildShareLink(message, window.location.origin), [message]);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const download = () => {
    const file = exportText('content', message, { appId: null, apiUrl: '' }, []);
    downloadText(file.fileName, file.text, file.mime);
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('share.title')}
      description={link.ok ? t('share.description') : undefined}
      footer={<Button onClick={onClose}>{t('close')}</Button>}
    >
      {link.ok ? (
        <Field
          label={t('share.label', { size: kilobytes(link.length) })}
          controlId="ex-share-url"
          className="ex-share"
        >
          {({ id }) => (
            <>
              <div className="ex-share__row">
                <TextInput
                  id={id}
                  className="ex-share__url"
                  readOnly
                  value={link.url}
                  onFocus={(event) => event.target.select()}
                  data-testid="share-url"
                />
                <Button
                  variant="primary"
                  icon={copied ? <Check size={15} /> : <ClipboardCopy size={15} />}
                  onClick={() => void copyText(link.url).then(setCopied)}
                >
                  {copied ? t('share.copied') : t('share.copy')}
                </Button>
              </div>
              <p className="ex-muted">{t('share.privacy')}</p>
              <a className="ex-link" href={link.url} target="_blank" rel="noreferrer">
                <ExternalLink size={14} aria-hidden="true" /> {t('share.tryIt')}
              </a>
            </>
          )}
        </Field>
      ) : (
        <div className="ex-too-large" role="alert" data-testid="share-too-large">
          <Link2Off size={20} aria-hidden="true" />
          <div>
            <p className="ex-refused__title">
              {t('share.tooLarge', { size: kilobytes(link.length), limit: kilobytes(link.limit) })}
            </p>
            <p className="ex-muted">{t('share.tooLargeHint')}</p>
            <Button icon={<Download size={15} />} onClick={download}>
              {t('share.download')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
