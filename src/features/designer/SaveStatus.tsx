import { CloudAlert, CloudCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDraftStatus } from './store/draftStatus';

/** Says whether the draft is saved in this browser. */
export function SaveStatus() {
  const { t } = useTranslation('designer');
  const save = useDraftStatus((state) => state.save);
  if (save === 'failed') {
    return (
      <span className="dz-save dz-save--failed" role="status">
        <CloudAlert size={15} aria-hidden="true" />
        {t('draft.failed')}
      </span>
    );
  }
  return (
    <span className="dz-save" role="status" title={t('draft.savedHint')}>
      <CloudCheck size={15} aria-hidden="true" />
      {save === 'saved' ? t('draft.saved') : t('draft.autosave')}
    </span>
  );
}
