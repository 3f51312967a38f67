import { Braces } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Button } from '../../ui/Button';
import { Tooltip } from '../../ui/Tooltip';
import { designerActions } from '../../work/card/store/useDesignerStore';
import { setJsonViewOpen, useJsonView } from './jsonViewStore';

/** Shows or hides the card's JSON beside the designer. */
export function JsonViewToggle() {
  const { t } = useTranslation('jsonview');
  const open = useJsonView((state) => state.open);
  return (
    <Tooltip content={open ? t('toggle.hide') : t('toggle.show')}>
      <Button
        icon={<Braces size={16} />}
        aria-pressed={open}
        className={open ? 'jv-toggle is-on' : 'jv-toggle'}
        onClick={() => {
          setJsonViewOpen(!open);
          // On a narrow screen the JSON is in the Edit tab: show it.
          if (!open) designerActions().showPanel('edit');
        }}
      >
        {t('toggle.label')}
      </Button>
    </Tooltip>
  );
}
