import { Braces, X } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { IconButton } from '../../ui/IconButton';
import { setJsonViewOpen } from './jsonViewStore';
import './jsonview.css';

// CodeMirror is loaded only when the JSON view is opened: its own chunk, not the designer's.
const CardJsonEditor = lazy(() =>
  import('./CardJsonEditor').then((module) => ({ default: module.CardJsonEditor })),
);

/** The card's JSON beside the canvas and the preview, editable both ways. */
export function JsonViewPanel() {
  const { t } = useTranslation('jsonview');
  return (
    <section className="jv-panel" aria-labelledby="jv-title" data-json-view>
      <div className="jv-panel__head">
        <h2 id="jv-title" className="jv-panel__title">
          <Braces size={15} aria-hidden="true" /> {t('title')}
        </h2>
        <IconButton
          label={t('close')}
          icon={<X size={16} />}
          onClick={() => setJsonViewOpen(false)}
        />
      </div>
      <p className="jv-panel__hint">{t('hint')}</p>
      <Suspense
        fallback={
          <p className="jv-panel__loading" role="status">
            {t('loading')}
          </p>
        }
      >
        <CardJsonEditor />
      </Suspense>
    </section>
  );
}
