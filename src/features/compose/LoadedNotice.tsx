import { Undo2, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { dismissLoadedCopy, useLoadedCopy } from './draft/loadIntoCompose';
import { formatDateTime } from '../../ui/formatDateTime';

/** Says that compose holds a copy of a past send, with a way back to what was here before. */
export function LoadedNotice() {
  const { t, i18n } = useTranslation('compose');
  const loaded = useLoadedCopy((state) => state.loaded);
  if (!loaded) return null;
  return (
    <div className="cp-banner" role="status">
      <span>
        {t('loaded.text', { time: formatDateTime(loaded.createdAt, i18n.resolvedLanguage) })}{' '}
        {loaded.wasAll ? <strong>{t('loaded.wasAll')}</strong> : t('loaded.check')}
      </span>
      <Button size="sm" variant="ghost" icon={<Undo2 size={14} />} onClick={loaded.undo}>
        {t('loaded.undo')}
      </Button>
      <button
        type="button"
        className="ui-icon-button cp-banner__close"
        aria-label={t('loaded.dismiss')}
        onClick={dismissLoadedCopy}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
