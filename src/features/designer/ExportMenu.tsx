import { ClipboardCopy, Download, FileDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Button } from '../../ui/Button';
import { Menu, type MenuItem } from '../../ui/Menu';
import { copyText } from '../../ui/copyText';
import { downloadText } from '../../ui/downloadText';
import type { ShowStatus, StatusTone } from './DesignerToolbar';
import { cardJson, requestJson } from './exportCard';
import { errorCountNow, firstUnparsedIssue } from './showIssue';
import { announce } from '../../work/card/store/announce';
import { designerStore } from '../../work/card/store/useDesignerStore';

/** More ways to export, from the page above: items for the menu and the dialogs they open. */
export interface ExportExtras {
  items: MenuItem[];
  dialogs: ReactNode;
}

/**
 * Copy or download the card JSON, or the whole request body (which has no recipients yet), and
 * the page's `extras` (code that sends it, a share link: src/pages/DesignerPage.tsx).
 */
export function ExportMenu({ onStatus, extras }: { onStatus: ShowStatus; extras: ExportExtras }) {
  const { t } = useTranslation('designer');
  const card = () => designerStore.getState().doc.card;
  const tell = (message: string, tone?: StatusTone) => {
    onStatus(message, tone);
    announce(message);
  };
  // A value being typed that is not JSON is not in the card: the export has the last valid one.
  // A card Mind would refuse still exports (to fix elsewhere, to file a bug), but says so.
  const exported = (message: string) => {
    const errors = errorCountNow();
    const unparsed = firstUnparsedIssue() !== undefined;
    tell(
      [
        message,
        unparsed ? t('unparsed.exported') : '',
        errors > 0 ? t('export.hasErrors', { count: errors }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      unparsed || errors > 0 ? 'warning' : 'done',
    );
  };
  const copy = async (text: string, what: string) => {
    if (await copyText(text)) exported(t('export.copied', { what }));
    else tell(t('export.copyFailed'), 'warning');
  };
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
