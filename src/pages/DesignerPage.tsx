import { useTranslation } from '../lib/i18n/useTranslation';
import { PageHeader } from '../app/PageHeader';
import { Announcer } from '../features/designer/Announcer';
import { DesignerToolbar, type ShowStatus } from '../features/designer/DesignerToolbar';
import { DesignerWorkspace } from '../features/designer/DesignerWorkspace';
import { DraftNotice } from '../features/designer/DraftNotice';
import { ExportMenu } from '../features/designer/ExportMenu';
import { designerStore } from '../work/card/store/useDesignerStore';
import { useDesignerShortcuts } from '../features/designer/useDesignerShortcuts';
import { ImportButton } from '../features/exchange/ImportButton';
import { ShareLinkReceiver } from '../features/exchange/ShareLinkReceiver';
import { useExportExtras } from '../features/exchange/useExportExtras';
import { JsonViewPanel } from '../features/jsonview/JsonViewPanel';
import { JsonViewToggle } from '../features/jsonview/JsonViewToggle';
import { useJsonView } from '../features/jsonview/jsonViewStore';
import { SaveTemplateButton } from '../features/templates/SaveTemplateButton';
import '../features/designer/designer.css';

/** The designer's export menu, with code that sends the card and a share link (exchange). */
function DesignerExportMenu({ onStatus }: { onStatus: ShowStatus }) {
  const extras = useExportExtras(() => ({
    msg_type: 'interactive',
    content: designerStore.getState().doc.card,
  }));
  return <ExportMenu onStatus={onStatus} extras={extras} />;
}

/**
 * The card designer: build a card by drag and drop, edit it, preview it, undo, export. Its
 * toolbar also imports, saves as a template and shows the JSON: pieces of other features.
 */
export function DesignerPage() {
  const { t } = useTranslation('designer');
  useDesignerShortcuts();
  const jsonOpen = useJsonView((state) => state.open);
  return (
    <div className="dz-page">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <DesignerToolbar
            jsonView={<JsonViewToggle />}
            importButton={<ImportButton />}
            saveTemplate={<SaveTemplateButton msgType="interactive" />}
            exportMenu={(onStatus) => <DesignerExportMenu onStatus={onStatus} />}
          />
        }
      />
      <DraftNotice />
      <DesignerWorkspace editPanel={jsonOpen ? <JsonViewPanel /> : undefined} />
      <Announcer />
      <ShareLinkReceiver />
    </div>
  );
}
