import { Undo2, X } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { dismissLoadedCopy, useLoadedCopy } from '../../work/compose/loadIntoCompose';
import { IconButton } from '../../ui/IconButton';
import { formatDateTime } from '../../ui/formatDateTime';
import './LoadedNotice.css';

/**
 * Says that compose holds a copy of a past send, with a way back to what was here before.
 * `focusAfter`: where the focus goes when Undo or ✕ takes the notice (and the button) away.
 */
export function LoadedNotice({ focusAfter }: { focusAfter: () => HTMLElement | null }) {
  const { t, i18n } = useTranslation('compose');
  const loaded = useLoadedCopy((state) => state.loaded);
  if (!loaded) return null;
  // The focus moves before the notice goes: after, it would already be on <body>.
  const close = (then: () => void) => () => {
    focusAfter()?.focus();
    then();
  };
  return (
    <Banner
      className="cp-banner"
      action={
        <>
          <Button size="sm" variant="ghost" icon={<Undo2 size={14} />} onClick={close(loaded.undo)}>
            {t('loaded.undo')}
          </Button>
          <IconButton
            className="cp-banner__close"
            label={t('loaded.dismiss')}
            icon={<X size={14} />}
            onClick={close(dismissLoadedCopy)}
          />
        </>
      }
    >
      {t('loaded.text', { time: formatDateTime(loaded.createdAt, i18n.resolvedLanguage) })}{' '}
      {loaded.wasAll ? <strong>{t('loaded.wasAll')}</strong> : t('loaded.check')}
    </Banner>
  );
}
