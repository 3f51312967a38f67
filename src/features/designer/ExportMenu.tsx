import { ClipboardCopy, Download, FileDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Menu } from '../../ui/Menu';
import { useExportExtras } from '../exchange/useExportExtras';
import { copyText } from '../../ui/copyText';
import { downloadText } from '../../ui/downloadText';
import { cardJson, requestJson } from './exportCard';
import { firstUnparsedIssue } from './showIssue';
import { announce } from '../../work/card/store/announce';
import { designerStore } from '../../work/card/store/useDesignerStore';

/** Copy or download the card JSON, or the whole request body (which has no recipients yet). */
export function ExportMenu({ onStatus }: { onStatus: (message: string) => void }) {
  const { t } = useTranslation('designer');
  const card = () => designerStore.getState().doc.card;
  const tell = (message: string) => {
    onStatus(message);
    announce(message);
  };
  // A value being typed that is not JSON is not in the card: the export has the last valid one.
  const exported = (message: string) =>
    tell(firstUnparsedIssue() ? `${message} ${t('unparsed.exported')}` : message);
  const copy = async (text: string, what: string) => {
    if (await copyText(text)) exported(t('export.copied', { what }));
    else tell(t('export.copyFailed'));
  };
  // Code to send it (curl, TypeScript, Python) and a share link: src/features/exchange.
  const extras = useExportExtras(() => ({ msg_type: 'interactive', content: card() }));
  return (
    <>
      <Menu
        label={t('export.label')}
        trigger={<Button icon={<FileDown size={16} />}>{t('export.label')}</Button>}
        items={[
          {
            key: 'copy-card',
            label: t('export.copyCard'),
            icon: <ClipboardCopy size={15} />,
            onSelect: () => void copy(cardJson(card()), t('export.card')),
          },
          {
            key: 'download-card',
            label: t('export.downloadCard'),
            icon: <Download size={15} />,
            onSelect: () => {
              downloadText('mind-card.json', cardJson(card()));
              exported(t('export.downloaded', { what: t('export.card') }));
            },
          },
          {
            key: 'copy-request',
            label: t('export.copyRequest'),
            icon: <ClipboardCopy size={15} />,
            onSelect: () => void copy(requestJson(card()), t('export.request')),
          },
          {
            key: 'download-request',
            label: t('export.downloadRequest'),
            icon: <Download size={15} />,
            onSelect: () => {
              downloadText('mind-request-no-recipients.json', requestJson(card()));
              exported(t('export.downloaded', { what: t('export.request') }));
            },
          },
          ...extras.items,
        ]}
      />
      {extras.dialogs}
    </>
  );
}
