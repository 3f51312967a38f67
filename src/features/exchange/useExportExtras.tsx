import { Code2, Link2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { MenuItem } from '../../ui/Menu';
import type { WorkMessage } from '../../work/workMessage';
import { ExportExtraDialog, type ExportExtra } from './ExportExtraDialog';

/**
 * Menu items for an editor's export menu: code that sends the message (curl, TypeScript,
 * Python) and a share link. Render `dialogs` beside the menu.
 */
export function useExportExtras(message: () => WorkMessage): {
  items: MenuItem[];
  dialogs: ReactNode;
} {
  const { t } = useTranslation('exchange');
  const [open, setOpen] = useState<ExportExtra | null>(null);
  const items: MenuItem[] = [
    {
      key: 'code',
      label: t('menu.code'),
      icon: <Code2 size={15} />,
      onSelect: () => setOpen({ kind: 'code', message: message() }),
    },
    {
      key: 'share',
      label: t('menu.share'),
      icon: <Link2 size={15} />,
      onSelect: () => setOpen({ kind: 'share', message: message() }),
    },
  ];
  return { items, dialogs: <ExportExtraDialog open={open} onClose={() => setOpen(null)} /> };
}
