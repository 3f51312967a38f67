import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { ShareLinkReceiver } from '../exchange/ShareLinkReceiver';
import { Announcer } from './Announcer';
import { DesignerToolbar } from './DesignerToolbar';
import { DesignerWorkspace } from './DesignerWorkspace';
import { DraftNotice } from './DraftNotice';
import { useDesignerShortcuts } from './useDesignerShortcuts';
import './designer.css';

/** The card designer: build a card by drag and drop, edit it, preview it, undo, export. */
export function DesignerPage() {
  const { t } = useTranslation('designer');
  useDesignerShortcuts();
  return (
    <div className="dz-page">
      <PageHeader title={t('title')} description={t('description')} actions={<DesignerToolbar />} />
      <DraftNotice />
      <DesignerWorkspace />
      <Announcer />
      <ShareLinkReceiver />
    </div>
  );
}
