import { CloudAlert, CloudCheck } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { useDraftStatus } from '../../work/card/store/draftStatus';
import './SaveStatus.css';

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
  // Both texts take the same cell, the other one hidden, so the status is as wide before the
  // first edit as after it and the toolbar does not jump under the pointer.
  const texts = [t('draft.autosave'), t('draft.saved')];
  const shown = save === 'saved' ? 1 : 0;
  return (
    <span className="dz-save" role="status" title={t('draft.savedHint')}>
      <CloudCheck size={15} aria-hidden="true" />
      <span className="dz-save__texts">
        {texts.map((text, index) => (
          <span key={text} className="dz-save__text" hidden={index !== shown}>
            {text}
          </span>
        ))}
      </span>
    </span>
  );
}
